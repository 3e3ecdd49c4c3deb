/** Exit codes of the public contract (DESIGN.md). */
export const ExitCode = {
  ok: 0,
  unexpected: 1,
  usage: 2,
  data: 3,
  cancelled: 130,
} as const;

export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode];

/** An error the person should see as one clear line, with the exit code it maps to. */
export class ExcoError extends Error {
  constructor(
    message: string,
    readonly exitCode: ExitCodeValue = ExitCode.unexpected,
    readonly hint?: string,
  ) {
    super(message);
    this.name = 'ExcoError';
  }
}

export class UsageError extends ExcoError {
  constructor(message: string, hint?: string) {
    super(message, ExitCode.usage, hint);
    this.name = 'UsageError';
  }
}

export class DataError extends ExcoError {
  constructor(message: string, hint?: string) {
    super(message, ExitCode.data, hint);
    this.name = 'DataError';
  }
}

/** Ctrl-C or Esc in a prompt: a quiet exit, nothing saved. */
export class CancelledError extends ExcoError {
  constructor() {
    super('Cancelled. Nothing was saved.', ExitCode.cancelled);
    this.name = 'CancelledError';
  }
}
