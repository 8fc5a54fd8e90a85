#!/usr/bin/env node
import { CommanderError } from 'commander';
import { EXIT, explainError } from './errors';
import { buildProgram } from './program';

/**
 * Entry point of the `monotable` bin: one line on stderr and a non-zero exit code for every
 * failure (MONOTABLE_DEBUG=1 adds the stack trace).
 */
async function main(argv: string[]): Promise<void> {
  // The SDK warns on every client made under Node < 22 about its future releases; monotable
  // supports Node 20, and a warning on each run would bury the one line that matters.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  try {
    await buildProgram().parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      // Commander has printed its message (or the help) already.
      process.exitCode = error.exitCode === 0 ? EXIT.ok : EXIT.usage;
      return;
    }
    const failure = explainError(error);
    process.stderr.write(`monotable: ${failure.message}\n`);
    if (process.env.MONOTABLE_DEBUG)
      process.stderr.write(`${(failure.cause as Error)?.stack ?? failure.stack}\n`);
    process.exitCode = failure.exitCode;
  }
}

void main(process.argv);
