import Foundation
import Synchronization
import Testing

@testable import BylineCore

/// The URLSession client against a server on 127.0.0.1: redirects, caps, timeouts.
@Suite struct HTTPClientTests {
    /// `/hop/N` redirects to `/hop/N-1` with the status given for it; `/hop/0` answers.
    static func redirectServer(_ statuses: [Int]) throws -> LocalHTTPServer {
        try LocalHTTPServer { request in
            guard let n = Int(request.path.dropFirst("/hop/".count)) else { return .init(status: 404) }
            if n == 0 { return .init(status: 200, body: Data("arrived".utf8)) }
            return .init(status: statuses[statuses.count - n], headers: ["Location": "/hop/\(n - 1)"])
        }
    }

    @Test func permanentRedirectsAreFollowedAndTheNewAddressNoted() async throws {
        let server = try Self.redirectServer([301, 308])
        let response = try await URLSessionClient().get(URL(string: server.url("/hop/2"))!, headers: [:])
        #expect(response.status == 200)
        #expect(String(decoding: response.body, as: UTF8.self) == "arrived")
        #expect(response.url.absoluteString == server.url("/hop/0"))
        #expect(response.movedPermanentlyTo?.absoluteString == server.url("/hop/0"))
    }

    @Test func aTemporaryHopEndsWhatCountsAsMoved() async throws {
        let server = try Self.redirectServer([301, 302, 301])
        let response = try await URLSessionClient().get(URL(string: server.url("/hop/3"))!, headers: [:])
        #expect(response.url.absoluteString == server.url("/hop/0"))
        #expect(response.movedPermanentlyTo?.absoluteString == server.url("/hop/2"))
        let temporary = try Self.redirectServer([302])
        let once = try await URLSessionClient().get(URL(string: temporary.url("/hop/1"))!, headers: [:])
        #expect(once.movedPermanentlyTo == nil)
    }

    @Test func moreThanFiveRedirectsAreRefused() async throws {
        let server = try Self.redirectServer(Array(repeating: 302, count: 6))
        await #expect(throws: FetchError.self) {
            try await URLSessionClient().get(URL(string: server.url("/hop/6"))!, headers: [:])
        }
        let fiveHops = try Self.redirectServer(Array(repeating: 302, count: 5))
        let five = try await URLSessionClient().get(URL(string: fiveHops.url("/hop/5"))!, headers: [:])
        #expect(five.status == 200)
    }

    /// 64 MiB of zeros in 64 KiB of gzip: refused once the decompressed body passes the
    /// cap, as it arrives.
    @Test func aGzipBombStopsAtTheCap() async throws {
        let bomb = try gzipped(Data(count: 64 << 20))
        #expect(bomb.count < 1 << 20)
        let server = try LocalHTTPServer { _ in
            .init(status: 200, headers: ["Content-Encoding": "gzip"], body: bomb)
        }
        await #expect {
            try await URLSessionClient().get(URL(string: server.url("/bomb.xml"))!, headers: [:])
        } throws: { error in
            (error as? FetchError)?.description == "response over 16 MiB; refused"
        }
    }

    /// A server that accepts and never answers: the request times out with a reason.
    @Test func aServerThatNeverAnswersTimesOut() async throws {
        let server = try LocalHTTPServer { _ in
            Thread.sleep(forTimeInterval: 4)
            return .init(status: 200)
        }
        let client = URLSessionClient(requestTimeout: 1, responseTimeout: 2)
        await #expect(throws: FetchError.self) {
            try await client.get(URL(string: server.url("/slow.xml"))!, headers: [:])
        }
    }
}

/// Requests within their limits, overall and per host, with a fake client that counts.
@Suite struct RequestLimitsTests {
    final class Counting: HTTPClient {
        let running = Mutex<[String: Int]>([:])
        let most = Mutex<[String: Int]>([:])

        func get(_ url: URL, headers: [String: String]) async throws -> HTTPResponse {
            let host = url.host ?? ""
            running.withLock { running in
                running[host, default: 0] += 1
                let total = running.values.reduce(0, +)
                most.withLock {
                    $0[host] = max($0[host] ?? 0, running[host]!)
                    $0["*"] = max($0["*"] ?? 0, total)
                }
            }
            try await Task.sleep(nanoseconds: 20_000_000)
            running.withLock { $0[host]! -= 1 }
            return HTTPResponse(status: 200, headers: [:], body: Data(), url: url)
        }
    }

    @Test func noHostSeesMoreThanItsShareAndNoMoreThanTheTotalRun() async throws {
        let counting = Counting()
        let client = LimitedClient(counting, limits: RequestLimits(overall: 3, perHost: 2))
        await withTaskGroup(of: Void.self) { group in
            for i in 0..<24 {
                group.addTask { _ = try? await client.get(URL(string: "http://host\(i % 3).test/\(i)")!, headers: [:]) }
            }
        }
        let most = counting.most.withLock { $0 }
        #expect(most["*"] == 3)
        #expect(["host0.test", "host1.test", "host2.test"].allSatisfy { (most[$0] ?? 0) <= 2 })
        #expect(counting.running.withLock { $0.values.allSatisfy { $0 == 0 } })
    }
}
