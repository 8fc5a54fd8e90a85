import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assertJavaRuntime, parseJavaMajorVersion } from './java-runtime';

/** A fake `java` executable that prints `versionLine` to stderr for `-version`. */
function fakeJava(versionLine: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'fake-java-')), 'java');
  writeFileSync(path, `#!/bin/sh\necho '${versionLine}' >&2\n`);
  chmodSync(path, 0o755);
  return path;
}

describe('Java runtime check', () => {
  test.each([
    ['openjdk version "17.0.15" 2025-04-15', 17],
    ['java version "1.8.0_292"', 8],
    ['openjdk version "21" 2023-09-19', 21],
    ['nothing useful', undefined],
  ])('parses %s', (output, major) => {
    expect(parseJavaMajorVersion(output)).toBe(major);
  });

  test('a missing java says how to install Java 17', () => {
    expect(() => assertJavaRuntime('/nonexistent/bin/java')).toThrow(
      expect.objectContaining({
        code: 'JAVA_NOT_FOUND',
        message: expect.stringContaining('openjdk-17-jre-headless'),
      }),
    );
  });

  test('Java 11 is refused with the install hint', () => {
    expect(() => assertJavaRuntime(fakeJava('openjdk version "11.0.2" 2019-01-15'))).toThrow(
      expect.objectContaining({
        code: 'JAVA_TOO_OLD',
        message: expect.stringMatching(/Java 11, older than 17.*openjdk-17/),
      }),
    );
  });

  test('Java 17 is accepted', () => {
    expect(assertJavaRuntime(fakeJava('openjdk version "17.0.15" 2025-04-15'))).toBe(17);
  });
});
