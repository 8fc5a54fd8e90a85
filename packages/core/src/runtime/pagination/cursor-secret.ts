import { ConfigurationError } from '../../model/errors/errors';

/** An empty secret would sign every cursor with a key anyone knows. */
export function assertUsableSecret(secret: string | undefined): void {
  if (secret !== undefined && secret.length === 0) {
    throw new ConfigurationError(
      'cursorSecret must not be empty; leave it out to issue unsigned cursors',
    );
  }
}
