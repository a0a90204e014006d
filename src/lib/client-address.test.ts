import { describe, expect, it } from "vitest";
import { clientAddressOf } from "./client-address";

describe("clientAddressOf", () => {
  it("takes the socket's address, whatever X-Forwarded-For a direct client sends", () => {
    expect(clientAddressOf({ socketAddress: "203.0.113.7", forwardedFor: "1.2.3.4", trustedProxies: [] })).toBe("203.0.113.7");
    expect(clientAddressOf({ socketAddress: "::ffff:203.0.113.7", forwardedFor: undefined, trustedProxies: [] })).toBe("203.0.113.7");
  });

  it("believes the header only from a configured proxy, and only for the hops it vouches for", () => {
    const trustedProxies = ["10.0.0.2"];
    expect(clientAddressOf({ socketAddress: "10.0.0.2", forwardedFor: "198.51.100.9", trustedProxies })).toBe("198.51.100.9");
    // A client behind the proxy that sends its own header cannot choose its address: the proxy appended the real one.
    expect(clientAddressOf({ socketAddress: "10.0.0.2", forwardedFor: "1.2.3.4, 198.51.100.9", trustedProxies })).toBe("198.51.100.9");
    expect(clientAddressOf({ socketAddress: "10.0.0.2", forwardedFor: "198.51.100.9, 10.0.0.3", trustedProxies: ["10.0.0.2", "10.0.0.3"] })).toBe(
      "198.51.100.9",
    );
  });

  it("gives every direct client its own key instead of one shared one", () => {
    const a = clientAddressOf({ socketAddress: "192.0.2.1", forwardedFor: undefined, trustedProxies: [] });
    const b = clientAddressOf({ socketAddress: "192.0.2.2", forwardedFor: undefined, trustedProxies: [] });
    expect(a).not.toBe(b);
  });
});
