/** Thrown by commands to end with a status; the entry point turns it into process.exitCode. */
export class ExitError extends Error {
  constructor(
    readonly exitCode: number,
    message?: string,
  ) {
    super(message ?? `exit ${exitCode}`);
  }
}

/** Exit statuses, as in the README. */
export const EXIT = { ok: 0, problems: 1, usage: 2 } as const;
