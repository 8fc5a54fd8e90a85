export const REPOSITORY_ROOT: string;
export const WORK_DIR_ENV: string;
export const PACKAGES: readonly string[];
export const NEST_MAJORS: readonly number[];

interface RunOptions {
  cwd?: string;
  env?: Record<string, string>;
  timeoutMs?: number;
}

export function userEnv(extra?: Record<string, string>): NodeJS.ProcessEnv;
export function run(command: string, args: readonly string[], options?: RunOptions): string;
export function runAsync(
  command: string,
  args: readonly string[],
  options?: RunOptions,
): Promise<string>;
export function runAllowingFailure(
  command: string,
  args: readonly string[],
  options?: RunOptions,
): { status: number; output: string };
export function start(
  command: string,
  args: readonly string[],
  options: RunOptions & { ready: RegExp },
): Promise<{ stop(): void; match: RegExpExecArray }>;
export function consumer(): { work: string; app: string; manifest: unknown };
