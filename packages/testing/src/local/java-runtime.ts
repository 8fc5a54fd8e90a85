import { spawnSync } from 'node:child_process';
import { DynamoDBLocalError } from './dynamodb-local-error';

/** DynamoDB Local (2024+) needs Java 17 or newer. */
export const MINIMUM_JAVA_VERSION = 17;

const INSTALL_HINT =
  'DynamoDB Local needs a Java 17 (or newer) runtime: install one, e.g. ' +
  '`apt-get install openjdk-17-jre-headless` (Debian/Ubuntu) or `brew install openjdk@17` (macOS), ' +
  'or pass `javaPath` to startDynamoDBLocal. Without Java, use the in-process engine ' +
  '(MONOTABLE_BACKEND=memory).';

/** Reads the major version from `java -version` output: "17.0.15" → 17, "1.8.0_292" → 8. */
export function parseJavaMajorVersion(versionOutput: string): number | undefined {
  const match = /version "(\d+)(?:\.(\d+))?/.exec(versionOutput);
  if (match === null) return undefined;
  const first = Number(match[1]);
  return first === 1 && match[2] !== undefined ? Number(match[2]) : first;
}

/** Runs `java -version` and throws a DynamoDBLocalError when Java is missing or too old. */
export function assertJavaRuntime(javaPath: string): number {
  const result = spawnSync(javaPath, ['-version'], { encoding: 'utf8', timeout: 15_000 });
  if (result.error !== undefined) {
    throw new DynamoDBLocalError(
      'JAVA_NOT_FOUND',
      `Could not run "${javaPath} -version" (${result.error.message}). ${INSTALL_HINT}`,
      {
        cause: result.error,
      },
    );
  }
  const output = `${result.stderr ?? ''}${result.stdout ?? ''}`;
  const major = parseJavaMajorVersion(output);
  if (major === undefined) {
    throw new DynamoDBLocalError(
      'JAVA_NOT_FOUND',
      `"${javaPath} -version" did not report a Java version (output: ${output.trim() || 'none'}). ${INSTALL_HINT}`,
    );
  }
  if (major < MINIMUM_JAVA_VERSION) {
    throw new DynamoDBLocalError(
      'JAVA_TOO_OLD',
      `"${javaPath}" is Java ${major}, older than ${MINIMUM_JAVA_VERSION}. ${INSTALL_HINT}`,
    );
  }
  return major;
}
