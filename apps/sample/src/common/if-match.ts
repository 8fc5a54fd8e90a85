import { invalidProperty } from './invalid-property';

/** The ETag of an entity version: `"3"`. */
export function versionTag(version: number): string {
  return `"${version}"`;
}

/**
 * The version an `If-Match` header asks for (`"3"`, `W/"3"` or `3`), undefined without the
 * header; anything else is a 400.
 */
export function versionFromIfMatch(header: string | undefined): number | undefined {
  if (header === undefined) return undefined;
  const match = /^\s*(?:W\/)?"?(\d{1,15})"?\s*$/.exec(header);
  if (match) return Number(match[1]);
  throw invalidProperty(
    'If-Match',
    'version',
    `If-Match must be the ETag of a version, such as "3"`,
  );
}
