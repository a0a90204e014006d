import "server-only";
import { formValues } from "@/lib/forms/action-state";
import { DATABASE_UNAVAILABLE_MESSAGE, isDatabaseStillDown, isDatabaseUnavailable, markDatabaseDown } from "@/lib/database-availability";

/** Fields never sent back to a form. */
const SECRET_FIELDS = ["password", "currentPassword", "newPassword", "confirmation"];

/**
 * Wraps a server action so that a database that cannot be reached — anywhere in the action,
 * reading the session included — gives the form a French message and everything typed back,
 * instead of an error page that would lose the input. Nothing was written: every save is one
 * transaction. The proxy is told, so that pages answer 503 until the database is back.
 * Other errors (redirects included) go through unchanged.
 */
export function guardDatabase<Args extends unknown[], State extends { ok: boolean; message?: string }>(
  action: (...args: Args) => Promise<State>,
): (...args: Args) => Promise<State> {
  return async (...args: Args) => {
    const refuse = () => {
      const formData = args.find((arg): arg is FormData => arg instanceof FormData);
      // Every action state of the app has this shape (ActionState, StatusActionState).
      return {
        ok: false,
        message: DATABASE_UNAVAILABLE_MESSAGE,
        values: formData ? formValues(formData, SECRET_FIELDS) : undefined,
      } as unknown as State;
    };
    // Known down (or, on SQLite, the file gone or read-only): refused before anything runs,
    // even where an already open connection could still write.
    if (await isDatabaseStillDown()) return refuse();
    try {
      return await action(...args);
    } catch (error) {
      if (!isDatabaseUnavailable(error)) throw error;
      markDatabaseDown();
      return refuse();
    }
  };
}
