import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

/** Markdown without fenced code blocks and inline code, where brackets are not links. */
function prose(markdown: string): string {
  return markdown.replace(/^```[\s\S]*?^```/gm, '').replace(/`[^`\n]*`/g, '');
}

/**
 * The anchor GitHub gives a heading: lower case, punctuation dropped, spaces as hyphens.
 *
 * @example headingAnchor('NestJS: `@monotable/nestjs`') // 'nestjs-monotablenestjs'
 */
export function headingAnchor(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\p{M}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

/** The anchors of a markdown file's headings; a repeated heading gets -1, -2, ... as on GitHub. */
function anchorsOf(file: string): Set<string> {
  const markdown = readFileSync(file, 'utf8').replace(/^```[\s\S]*?^```/gm, '');
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  for (const [, heading] of markdown.matchAll(/^#{1,6} +(.+)$/gm)) {
    const anchor = headingAnchor(heading);
    const count = seen.get(anchor) ?? 0;
    anchors.add(count ? `${anchor}-${count}` : anchor);
    seen.set(anchor, count + 1);
  }
  return anchors;
}

/**
 * Every relative link of the markdown files that points at no file, or at a heading the file
 * does not have, as 'docs/page.md: target' (empty when all resolve). Links to other sites are
 * not followed.
 */
export function brokenLinks(markdownFiles: readonly string[], rootDir: string): string[] {
  const broken: string[] = [];
  for (const file of markdownFiles) {
    for (const [, target] of prose(readFileSync(file, 'utf8')).matchAll(/\]\(([^)\s]+)\)/g)) {
      if (/^[a-z]+:/i.test(target)) continue;
      const [path, anchor] = target.split('#');
      const linked = path ? join(dirname(file), path) : file;
      const exists = existsSync(linked);
      const anchored =
        anchor === undefined ||
        (exists && statSync(linked).isFile() && anchorsOf(linked).has(anchor));
      if (!exists || !anchored) broken.push(`${relative(rootDir, file)}: ${target}`);
    }
  }
  return broken;
}
