/** Exit codes of `monotable`, documented in docs/cli.md. */
export const EXIT = {
  ok: 0,
  /** The command ran and failed: missing table, bad credentials, a module without entities... */
  failure: 1,
  /** The command line itself is wrong (unknown option, bad value). */
  usage: 2,
  /** A migration stopped by Ctrl-C (SIGINT) or SIGTERM; rerun it to resume. */
  interrupted: 130,
} as const;

/** A failure the CLI explains in one message, without a stack trace. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT.failure,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'CliError';
  }
}
