import "server-only";
import { z } from "zod";
import { formValues, type ActionState } from "@/lib/forms/action-state";
import { parseForm } from "@/lib/forms/form-data";
import { isOrganiser, type Actor } from "@/server/actor";
import { DataError } from "@/server/errors";
import { actorOf, getSessionUser, type SessionUser } from "@/server/session";
import { guardDatabase } from "./guard-database";
import { BoundId, MESSAGES } from "./messages";

/**
 * Who may call an action: "organiser" (admins), "member" (any signed-in account; the data
 * layer then scopes a rapporteur to the rencontres they are invited to), or "public"
 * (signing in). The data layer checks again in its query.
 */
export type ActionAccess = "organiser" | "member" | "public";

type BoundArgs<Ids extends readonly string[]> = { [K in keyof Ids]: string };

export type ActionContext<Ids extends readonly string[], Input> = {
  /** The caller; null only for "public" actions. */
  user: SessionUser | null;
  /** The caller as the data layer takes it (a "public" action has none: reading it throws). */
  actor: Actor;
  input: Input;
  ids: Record<Ids[number], string>;
  /** What the user typed (secret fields left out), to send back on any refusal. */
  values: Record<string, string>;
  formData: FormData;
};

export type FormActionOptions<Ids extends readonly string[], S extends z.ZodType> = {
  access: ActionAccess;
  /** The form's schema (src/lib/schemas); none for a form with no fields. */
  schema?: S;
  /** The names of the ids bound before the form state (`action.bind(null, id)`). */
  ids?: Ids;
  /** Bound ids also given to the schema as form fields of the same name (merges). */
  idsInForm?: boolean;
  /** The form-wide message next to the field errors. */
  invalidMessage?: string;
  /** Fields never sent back to the browser (passwords). */
  secret?: string[];
  /** A refusal that needs more than the standard wording (a table's differences after a conflict). */
  onRefusal?: (error: DataError, context: ActionContext<Ids, z.output<S>>) => Promise<ActionState | undefined>;
};

const WRAPPED = Symbol.for("rencontres.formAction");

/** Whether a server action was made by formAction (the security suite checks every one). */
export const accessOf = (action: unknown): ActionAccess | undefined =>
  typeof action === "function" ? (action as unknown as Record<symbol, ActionAccess | undefined>)[WRAPPED] : undefined;

/** A data-layer refusal as a form state, next to its field when it names one; other errors are rethrown. */
export function refusalState(error: unknown, values: Record<string, string>): ActionState {
  if (!(error instanceof DataError)) throw error;
  if (error.field) return { ok: false, fieldErrors: { [error.field]: [error.message] }, values };
  const message = error.code === "CONFLICT" ? `${error.message} ${MESSAGES.conflictAdvice}` : error.message;
  return { ok: false, message, values };
}

/**
 * The one wrapper of every form action: database guard, session and role, bound ids, the
 * form parsed by its zod schema (French field errors, typed values sent back), then `run`,
 * whose DataError refusals become one French wording each. A redirect thrown by `run` goes
 * through untouched (it is not a DataError).
 */
export function formAction<
  const Ids extends readonly string[] = [],
  S extends z.ZodType = z.ZodObject<Record<string, never>>,
  State extends ActionState = ActionState,
>(
  options: FormActionOptions<Ids, S>,
  run: (context: ActionContext<Ids, z.output<S>>) => Promise<NoInfer<State>>,
): (...args: [...BoundArgs<Ids>, State, FormData]) => Promise<State> {
  const idNames = (options.ids ?? []) as readonly string[];
  const action = guardDatabase(async (...args: [...BoundArgs<Ids>, State, FormData]): Promise<State> => {
    const formData = args[args.length - 1];
    if (!(formData instanceof FormData)) return { ok: false, message: MESSAGES.invalidId } as State;
    const values = formValues(formData, options.secret);
    const refuse = (message: string) => ({ ok: false, message, values }) as State;

    const user = options.access === "public" ? null : await getSessionUser();
    if (options.access !== "public" && !user) return refuse(MESSAGES.sessionExpired);
    if (options.access === "organiser" && !(user && isOrganiser(user))) return refuse(MESSAGES.forbidden);

    const ids: Record<string, string> = {};
    for (const [index, name] of idNames.entries()) {
      const id = BoundId.safeParse(args[index]);
      if (!id.success) return refuse(MESSAGES.invalidId);
      ids[name] = id.data;
      if (options.idsInForm) formData.set(name, id.data);
    }
    const form = parseForm(options.schema ?? z.object({}), formData, values, options.invalidMessage ?? MESSAGES.invalidForm);
    if (!form.ok) return form.state as State;

    const context = {
      user,
      get actor(): Actor {
        // Never a system actor for an anonymous caller: that would pass every check.
        if (!user) throw new Error("A public action has no actor.");
        return actorOf(user);
      },
      input: form.data,
      ids,
      values,
      formData,
    } as ActionContext<Ids, z.output<S>>;
    try {
      return await run(context);
    } catch (error) {
      if (!(error instanceof DataError)) throw error;
      return ((await options.onRefusal?.(error, context)) ?? refusalState(error, values)) as State;
    }
  });
  Object.defineProperty(action, WRAPPED, { value: options.access });
  return action;
}
