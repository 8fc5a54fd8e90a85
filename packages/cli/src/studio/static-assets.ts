import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

const TYPES: Record<string, string> = {
  'index.html': 'text/html; charset=utf-8',
  'studio.js': 'text/javascript; charset=utf-8',
  'studio.css': 'text/css; charset=utf-8',
};

/** The bundled page: dist/studio-ui beside the compiled server, or the package's dist from sources. */
export function assetsDirectory(): string {
  const candidates = [
    join(__dirname, '..', 'studio-ui'),
    join(__dirname, '..', '..', 'dist', 'studio-ui'),
  ];
  return candidates.find((directory) => existsSync(join(directory, 'index.html'))) ?? candidates[0];
}

/** A file of the page by name (only the shipped ones), or undefined. */
export async function readAsset(
  directory: string,
  name: string,
): Promise<{ body: Buffer; type: string } | undefined> {
  const type = TYPES[name];
  if (!type) return undefined;
  try {
    return { body: await readFile(join(directory, name)), type };
  } catch {
    return undefined;
  }
}
