import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// One HTTP GET and its answer, behind a protocol so fetching is tested without a network.
public protocol HTTPClient: Sendable {
    func get(_ url: URL, headers: [String: String]) async throws -> HTTPResponse
}

public struct HTTPResponse: Sendable {
    public var status: Int
    public var headers: [String: String]
    public var body: Data
    /// The address after redirects.
    public var url: URL

    public init(status: Int, headers: [String: String], body: Data, url: URL) {
        self.status = status
        self.headers = headers
        self.body = body
        self.url = url
    }

    public func header(_ name: String) -> String? {
        headers.first { $0.key.lowercased() == name.lowercased() }?.value
    }

    /// The charset of a `Content-Type: text/html; charset=…` header.
    public var charset: String? {
        guard let type = header("Content-Type"), let range = type.range(of: "charset=", options: .caseInsensitive)
        else { return nil }
        return type[range.upperBound...].split(separator: ";").first.map {
            $0.trimmingCharacters(in: CharacterSet(charactersIn: " \"'"))
        }
    }
}

/// A fetch that went wrong, said plainly.
public struct FetchError: Error, CustomStringConvertible, Sendable {
    public var description: String
}

/// `URLSession` (libcurl on Linux: no extra build time): timeouts, a size cap, Byline's
/// User-Agent.
public struct URLSessionClient: HTTPClient {
    /// Responses larger than this are refused.
    public static let maximumResponseSize = 16 << 20
    public static let requestTimeout: TimeInterval = 10
    public static let responseTimeout: TimeInterval = 30

    private let session: URLSession

    public init() {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = Self.requestTimeout
        configuration.timeoutIntervalForResource = Self.responseTimeout
        configuration.httpAdditionalHeaders = ["User-Agent": "Byline/\(BylineVersion.current)"]
        session = URLSession(configuration: configuration)
    }

    public func get(_ url: URL, headers: [String: String]) async throws -> HTTPResponse {
        var request = URLRequest(url: url)
        for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
        let (data, response): (Data, URLResponse)
        do { (data, response) = try await session.data(for: request) } catch {
            throw FetchError(description: (error as NSError).localizedDescription)
        }
        guard let http = response as? HTTPURLResponse else { throw FetchError(description: "not an HTTP response") }
        guard data.count <= Self.maximumResponseSize else {
            throw FetchError(description: "response over \(Self.maximumResponseSize >> 20) MiB; refused")
        }
        var fields: [String: String] = [:]
        for (name, value) in http.allHeaderFields {
            if let name = name as? String, let value = value as? String { fields[name] = value }
        }
        return HTTPResponse(status: http.statusCode, headers: fields, body: data, url: http.url ?? url)
    }
}
