import type { Grid } from '../design';

const GAP = '  ';

/**
 * The grid as aligned columns for a terminal: a header, a rule, and one row per entity (as
 * many lines as its tallest cell).
 */
export function renderGrid(grid: Grid): string {
  const widths = grid.header.map((title, column) =>
    Math.max(title.length, ...grid.rows.flatMap((row) => row[column].map((line) => line.length))),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => cell.padEnd(widths[column]))
      .join(GAP)
      .trimEnd();
  const lines = [line(grid.header), line(widths.map((width) => '-'.repeat(width)))];
  for (const row of grid.rows) {
    const height = Math.max(1, ...row.map((cell) => cell.length));
    for (let i = 0; i < height; i++) lines.push(line(row.map((cell) => cell[i] ?? '')));
  }
  return lines.join('\n');
}
