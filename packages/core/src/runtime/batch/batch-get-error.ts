import { MonotableError } from '../../model/errors/monotable-error';

/** Some keys of a batch get were still unprocessed after every retry; nothing is returned. */
export class BatchGetError extends MonotableError {
  readonly code = 'BATCH_GET_FAILED';
  constructor(
    readonly tableName: string,
    readonly unprocessedKeys: Record<string, unknown>[],
    options?: { cause?: unknown },
  ) {
    super(
      `${unprocessedKeys.length} key(s) of table ${tableName} could not be read after retries ` +
        '(DynamoDB kept throttling them); retry later, lower the concurrency or raise the read capacity',
      options,
    );
  }
}
