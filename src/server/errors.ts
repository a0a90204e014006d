import "server-only";

/** The few errors the data layer throws; a missing record and one out of reach look the same. */
export type DataErrorCode = "NOT_FOUND" | "FORBIDDEN" | "CONFLICT" | "INVALID";

export class DataError extends Error {
  constructor(
    readonly code: DataErrorCode,
    message: string,
    /** The form field the error is about, when there is one ("number", "ideas.2.text"). */
    readonly field?: string,
  ) {
    super(message);
    this.name = "DataError";
  }
}

export const notFound = (what = "Élément") => new DataError("NOT_FOUND", `${what} introuvable.`);
