import Foundation
import Synchronization

/// How many requests run at once: overall, and to any one host. Feeds are fetched side by
/// side and each feed's pages too, but a server never sees more than `perHost` requests
/// from Byline at a time.
public struct RequestLimits: Sendable {
    public var overall: Int
    public var perHost: Int

    public init(overall: Int = 8, perHost: Int = 2) {
        self.overall = max(1, overall)
        self.perHost = max(1, perHost)
    }
}

/// A client that waits for a free slot (overall and for the host) before each request.
final class LimitedClient: HTTPClient {
    private let client: any HTTPClient
    private let slots: Slots

    init(_ client: any HTTPClient, limits: RequestLimits) {
        self.client = client
        slots = Slots(limits)
    }

    func get(_ url: URL, headers: [String: String]) async throws -> HTTPResponse {
        let host = url.host?.lowercased() ?? ""
        await slots.acquire(host: host)
        defer { slots.release(host: host) }
        return try await client.get(url, headers: headers)
    }

    /// Requests running, overall and by host, and those waiting for a slot.
    private final class Slots: Sendable {
        private struct Waiter {
            var host: String
            var continuation: CheckedContinuation<Void, Never>
        }

        private struct Counts {
            var overall = 0
            var byHost: [String: Int] = [:]
            var waiting: [Waiter] = []
        }

        private let counts = Mutex(Counts())
        private let limits: RequestLimits

        init(_ limits: RequestLimits) { self.limits = limits }

        func acquire(host: String) async {
            await withCheckedContinuation { continuation in
                let ready = counts.withLock { counts -> Bool in
                    guard counts.overall < limits.overall, counts.byHost[host, default: 0] < limits.perHost else {
                        counts.waiting.append(Waiter(host: host, continuation: continuation))
                        return false
                    }
                    counts.overall += 1
                    counts.byHost[host, default: 0] += 1
                    return true
                }
                if ready { continuation.resume() }
            }
        }

        func release(host: String) {
            let woken = counts.withLock { counts -> CheckedContinuation<Void, Never>? in
                counts.overall -= 1
                counts.byHost[host, default: 1] -= 1
                // The first waiter whose host has room now takes the slot.
                guard counts.overall < limits.overall,
                    let next = counts.waiting.firstIndex(where: { counts.byHost[$0.host, default: 0] < limits.perHost })
                else { return nil }
                let waiter = counts.waiting.remove(at: next)
                counts.overall += 1
                counts.byHost[waiter.host, default: 0] += 1
                return waiter.continuation
            }
            woken?.resume()
        }
    }
}
