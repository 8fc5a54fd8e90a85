import type { ListStreamsInput } from './stream-inputs';
import type { Operation } from '../../operation-context';
import { checkLimit } from './stream-errors';

const MAX_LIMIT = 100;

/** ListStreams: every stream (disabled ones too), newest first, optionally of one table. */
export const listStreams: Operation<ListStreamsInput, ListStreamsInput> = {
  check: (input) => {
    checkLimit(input.Limit, MAX_LIMIT);
    return input;
  },
  run: (input, { database }) => {
    const streams = database.streams
      .newestFirst()
      .filter((stream) => input.TableName === undefined || stream.tableName === input.TableName);
    const after =
      input.ExclusiveStartStreamArn === undefined
        ? 0
        : streams.findIndex((stream) => stream.arn === input.ExclusiveStartStreamArn) + 1;
    const limit = input.Limit ?? MAX_LIMIT;
    const page = streams.slice(after, after + limit);
    const output: Record<string, unknown> = {
      Streams: page.map((stream) => ({
        StreamArn: stream.arn,
        TableName: stream.tableName,
        StreamLabel: stream.setting.label,
      })),
    };
    if (after + limit < streams.length) output.LastEvaluatedStreamArn = page.at(-1)!.arn;
    return output;
  },
};
