// Errors a use case reports to its caller (API or CLI), each with a message fit to show a user.

/** The request names something that does not exist (a country, a scenario); `value` is what was asked for. */
export class NotFoundError extends Error {
  override name = 'NotFoundError';
  constructor(
    message: string,
    readonly field?: string,
    readonly value?: string,
  ) {
    super(message);
  }
}

/** The request is well-formed but unusable (a date outside the series, an unknown source). */
export class BadRequestError extends Error {
  override name = 'BadRequestError';
  constructor(
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

/** Something expected to be there is not (no case series loaded yet). */
export class ConflictError extends Error {
  override name = 'ConflictError';
}
