import type { SessionUser } from "@/server/session";

/** Who the mocked session says is signed in (null: no session). */
export const signedIn: { user: SessionUser | null } = { user: null };

/**
 * The session module with its reads answered from `signedIn` and the rest real, so that
 * actions turn the user into an actor with the real actorOf. In a test file:
 * `vi.mock("@/server/session", async (original) => (await import("<path>/tests/helpers/session")).mockSession(original));`
 */
export async function mockSession(importOriginal: <T>() => Promise<T>) {
  const real = await importOriginal<typeof import("@/server/session")>();
  return { ...real, getSessionUser: async () => signedIn.user, requireUser: async () => signedIn.user };
}
