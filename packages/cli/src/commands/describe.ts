import { Option, type Command } from 'commander';
import { buildTableDesign, designGrid, tableSummary, type TableDesign } from '../design';
import { loadModel } from '../load';
import { addModelOptions, type ModelOptions } from '../options/common-options';
import { renderGrid } from '../render/grid';
import { markdownCode, renderMarkdownTable } from '../render/markdown';

export const DESCRIBE_FORMATS = ['text', 'markdown', 'json'] as const;
export type DescribeFormat = (typeof DESCRIBE_FORMATS)[number];

interface DescribeOptions extends ModelOptions {
  format: DescribeFormat;
}

/** The design in one of the output formats. */
export function renderDesign(design: TableDesign, format: DescribeFormat): string {
  if (format === 'json') return JSON.stringify(design, null, 2);
  const grid = designGrid(design);
  if (format === 'markdown') {
    return [
      ...tableSummary(design, markdownCode).map((line) => `${line}  `),
      '',
      renderMarkdownTable(grid),
    ].join('\n');
  }
  return [...tableSummary(design), '', renderGrid(grid)].join('\n');
}

async function describe(options: DescribeOptions): Promise<void> {
  const model = await loadModel(options);
  process.stdout.write(`${renderDesign(buildTableDesign(model), options.format)}\n`);
}

export function registerDescribe(program: Command): void {
  addModelOptions(
    program
      .command('describe')
      .description(
        "show the table's design: each entity's key templates, index keys and relations (sends nothing)",
      ),
  )
    .addOption(
      new Option('-f, --format <format>', 'output format')
        .choices(DESCRIBE_FORMATS)
        .default('text'),
    )
    .action((options: DescribeOptions) => describe(options));
}
