import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One row of the README's access-pattern table. */
export interface DocumentedPattern {
  pattern: string;
  /** The endpoint cell without backticks, e.g. `GET /customers/:id?include=addresses,orders`. */
  endpoint: string;
  /** DynamoDB operations in order, as the X-DynamoDB-Operations header lists them. */
  operations: string;
  requests: number;
}

/** The rows of the table under "## Endpoints and access patterns" in apps/sample/README.md. */
export function readmeAccessPatterns(): DocumentedPattern[] {
  const readme = readFileSync(join(__dirname, '../../README.md'), 'utf8');
  const section = readme.split('## Endpoints and access patterns')[1]?.split('\n## ')[0] ?? '';
  const rows = section
    .split('\n')
    .filter((line) => line.startsWith('| ') && !line.startsWith('| access pattern'))
    .map((line) => line.split(' | ').map((cell) => cell.replace(/^\| |\s*\|$/g, '').trim()));
  const patterns = rows
    .filter((cells) => cells.length === 6 && /^`[A-Z]+ \//.test(cells[1]))
    .map(([pattern, endpoint, operations, , , requests]) => ({
      pattern,
      endpoint: endpoint.replace(/`/g, ''),
      operations,
      requests: Number(requests),
    }));
  if (patterns.length === 0) throw new Error('No access patterns found in apps/sample/README.md');
  return patterns;
}
