import { ConfigurationError } from '../errors';

/** Throws one ConfigurationError listing every problem, so a user fixes them in one go. */
export function raiseProblems(problems: readonly string[], subject: string): void {
  if (problems.length === 0) return;
  if (problems.length === 1) throw new ConfigurationError(problems[0]);
  throw new ConfigurationError(
    `${problems.length} problems in ${subject}:\n- ${problems.join('\n- ')}`,
  );
}
