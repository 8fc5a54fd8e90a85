import type { Grid } from '../design';

const escapeCell = (value: string) => value.replace(/\|/g, '\\|');
const code = (value: string) => `\`${value}\``;

/**
 * The grid as a GitHub-flavoured markdown table. Key templates are code; the lines of a cell
 * are joined with <br>.
 */
export function renderMarkdownTable(grid: Grid): string {
  const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
  const cell = (lines: string[], column: number) =>
    lines.map((line) => escapeCell(grid.templates[column] ? code(line) : line)).join('<br>');
  return [
    row(grid.header.map(escapeCell)),
    row(grid.header.map(() => '---')),
    ...grid.rows.map((cells) => row(cells.map(cell))),
  ].join('\n');
}

export { code as markdownCode };
