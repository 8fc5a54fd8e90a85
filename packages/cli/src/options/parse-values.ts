import { InvalidArgumentError } from 'commander';

/** `--segments 4`: commander reports the thrown message as "option ... argument ... is invalid". */
export function positiveInteger(value: string): number {
  const number = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(number) || number < 1) {
    throw new InvalidArgumentError('Expected a whole number from 1.');
  }
  return number;
}

/** `--endpoint http://localhost:8000`: an absolute http(s) URL. */
export function endpointUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new InvalidArgumentError('Expected a URL such as http://localhost:8000.');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new InvalidArgumentError('Expected an http:// or https:// URL.');
  }
  return value;
}

/** Collects a repeatable option (`--entities a.js --entities b.js`) into a list. */
export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}
