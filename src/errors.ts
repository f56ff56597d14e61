// A small error hierarchy: user errors become one line on stderr, everything else is a bug.

/** Bad input data: exit 1, message names the file and position. */
export class InputError extends Error {
  override name = 'InputError';
  readonly file: string;
  readonly position: string | undefined;
  constructor(file: string, position: string | undefined, detail: string, options?: ErrorOptions) {
    super(position ? `${file}: ${position}: ${detail}` : `${file}: ${detail}`, options);
    this.file = file;
    this.position = position;
  }
}

/** Bad flags or arguments: exit 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** A run that completed but did not meet its bar (a failed experiment, a refused command): exit 1. */
export class RunError extends Error {
  override name = 'RunError';
}

export function isUserError(err: unknown): err is InputError | UsageError | RunError {
  return err instanceof InputError || err instanceof UsageError || err instanceof RunError;
}

export function exitCodeFor(err: unknown): number {
  return err instanceof UsageError ? 2 : 1;
}
