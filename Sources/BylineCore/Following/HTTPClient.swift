import Foundation
import Synchronization

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
    /// Where the address has moved for good: the last address reached from the one asked
    /// for through permanent redirects (301, 308) only. Nil when there were none.
    public var movedPermanentlyTo: URL?

    public init(status: Int, headers: [String: String], body: Data, url: URL, movedPermanentlyTo: URL? = nil) {
        self.status = status
        self.headers = headers
        self.body = body
        self.url = url
        self.movedPermanentlyTo = movedPermanentlyTo
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

/// `URLSession` (libcurl on Linux: no extra build time): timeouts, a size cap counted as
/// the body arrives (after decompression, so a gzip bomb stops at the cap instead of
/// filling memory), redirects followed here (at most five, noting permanent moves), and
/// Byline's User-Agent.
public final class URLSessionClient: HTTPClient {
    /// Responses larger than this, once decompressed, are refused.
    public static let maximumResponseSize = 16 << 20
    public static let maximumRedirects = 5
    public static let requestTimeout: TimeInterval = 10
    public static let responseTimeout: TimeInterval = 30

    private let session: URLSession
    private let transfers: Transfers

    public init(requestTimeout: TimeInterval = requestTimeout, responseTimeout: TimeInterval = responseTimeout) {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = requestTimeout
        configuration.timeoutIntervalForResource = responseTimeout
        configuration.httpAdditionalHeaders = ["User-Agent": "Byline/\(BylineVersion.current)"]
        transfers = Transfers(limit: Self.maximumResponseSize)
        session = URLSession(configuration: configuration, delegate: transfers, delegateQueue: nil)
    }

    deinit { session.finishTasksAndInvalidate() }

    public func get(_ url: URL, headers: [String: String]) async throws -> HTTPResponse {
        var address = url
        var moved: URL?
        var onlyPermanent = true
        for hop in 0...Self.maximumRedirects {
            var request = URLRequest(url: address)
            for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
            let (response, body) = try await transfers.run(session.dataTask(with: request))
            let status = response.statusCode
            if [301, 302, 303, 307, 308].contains(status),
                let location = response.value(forHTTPHeaderField: "Location"),
                let next = URL(string: location, relativeTo: address)?.absoluteURL
            {
                guard hop < Self.maximumRedirects else {
                    throw FetchError(description: "more than \(Self.maximumRedirects) redirects")
                }
                onlyPermanent = onlyPermanent && (status == 301 || status == 308)
                if onlyPermanent { moved = next }
                address = next
                continue
            }
            var fields: [String: String] = [:]
            for (name, value) in response.allHeaderFields {
                if let name = name as? String, let value = value as? String { fields[name] = value }
            }
            return HTTPResponse(status: status, headers: fields, body: body, url: address, movedPermanentlyTo: moved)
        }
        throw FetchError(description: "more than \(Self.maximumRedirects) redirects")
    }
}

/// The session's delegate: each task's body gathered as it arrives, refused past the limit,
/// and redirects handed back to `URLSessionClient.get` instead of followed.
private final class Transfers: NSObject, URLSessionDataDelegate, Sendable {
    private struct Transfer {
        var continuation: CheckedContinuation<(HTTPURLResponse, Data), Error>
        var response: HTTPURLResponse?
        var body = Data()
        var refusal: String?
    }

    private let limit: Int
    private let running = Mutex<[Int: Transfer]>([:])

    init(limit: Int) { self.limit = limit }

    func run(_ task: URLSessionDataTask) async throws -> (HTTPURLResponse, Data) {
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                running.withLock { $0[task.taskIdentifier] = Transfer(continuation: continuation) }
                task.resume()
            }
        } onCancel: {
            task.cancel()
        }
    }

    func urlSession(
        _ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
        completionHandler: @escaping (URLSession.ResponseDisposition) -> Void
    ) {
        let tooLarge = response.expectedContentLength > Int64(limit)
        running.withLock {
            $0[dataTask.taskIdentifier]?.response = response as? HTTPURLResponse
            if tooLarge { $0[dataTask.taskIdentifier]?.refusal = refusal }
        }
        completionHandler(tooLarge ? .cancel : .allow)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        let over = running.withLock { transfers -> Bool in
            guard var transfer = transfers[dataTask.taskIdentifier], transfer.refusal == nil else { return false }
            guard transfer.body.count + data.count <= limit else {
                transfer.refusal = refusal
                transfer.body = Data()
                transfers[dataTask.taskIdentifier] = transfer
                return true
            }
            transfers[dataTask.taskIdentifier] = nil  // appended without a second reference
            transfer.body.append(data)
            transfers[dataTask.taskIdentifier] = transfer
            return false
        }
        if over { dataTask.cancel() }
    }

    func urlSession(
        _ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
        newRequest request: URLRequest, completionHandler: @escaping (URLRequest?) -> Void
    ) {
        completionHandler(nil)
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: Error?) {
        guard let transfer = running.withLock({ $0.removeValue(forKey: task.taskIdentifier) }) else { return }
        if let refusal = transfer.refusal {
            transfer.continuation.resume(throwing: FetchError(description: refusal))
        } else if let error {
            transfer.continuation.resume(throwing: FetchError(description: (error as NSError).localizedDescription))
        } else if let response = transfer.response {
            transfer.continuation.resume(returning: (response, transfer.body))
        } else {
            transfer.continuation.resume(throwing: FetchError(description: "not an HTTP response"))
        }
    }

    private var refusal: String { "response over \(limit >> 20) MiB; refused" }
}
