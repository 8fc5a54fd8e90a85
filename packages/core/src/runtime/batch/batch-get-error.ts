import { MonotableError } from '../../model/errors/monotable-error';

/**
 * Some keys of a batch get were still unprocessed after every retry. Nothing read is lost:
 * `items` holds what was read, in the order of the keys asked for (`undefined` for absent and
 * unprocessed ones), and `unprocessedKeys` what to ask for again.
 */
export class BatchGetError<T = Record<string, unknown>> extends MonotableError {
  readonly code = 'BATCH_GET_FAILED';
  constructor(
    readonly tableName: string,
    readonly unprocessedKeys: Record<string, unknown>[],
    options?: { cause?: unknown },
    readonly items: (T | undefined)[] = [],
  ) {
    super(
      `${unprocessedKeys.length} key(s) of table ${tableName} could not be read after retries ` +
        `(DynamoDB kept throttling them); the ${items.filter((item) => item !== undefined).length} ` +
        'item(s) read are in `items`. Retry the unprocessed keys later, lower the concurrency or ' +
        'raise the read capacity',
      options,
    );
  }
}
