import type { FuzzRequest } from './fuzz-requests';
import type { JsonAnswer } from './send-json';

/**
 * Answers of DynamoDB Local the engine deliberately does not give, each with why (most are in
 * ../conformance/known-local-limitations.ts too, with a case). Returns the reason when a
 * divergence is one of them.
 */
export function knownDivergence(
  request: FuzzRequest,
  engine: JsonAnswer,
  local: JsonAnswer,
): string | undefined {
  return KNOWN_DIVERGENCES.find((divergence) => divergence.applies(request, engine, local))?.reason;
}

interface KnownDivergence {
  reason: string;
  applies(request: FuzzRequest, engine: JsonAnswer, local: JsonAnswer): boolean;
}

const isError = (answer: JsonAnswer, name: string) => answer.type?.endsWith(`#${name}`) === true;

/** The engine refused a declared constraint at this path (a pattern) that DynamoDB Local does not check. */
const constraintLocalIgnores =
  (path: RegExp) => (_request: FuzzRequest, engine: JsonAnswer, local: JsonAnswer) =>
    !isError(local, 'ValidationException') &&
    isError(engine, 'ValidationException') &&
    new RegExp(`at '${path.source}' failed to satisfy constraint`).test(engine.message ?? '');

const KNOWN_DIVERGENCES: KnownDivergence[] = [
  {
    reason: 'DynamoDB Local fails with InternalFailure (HTTP 500) where DynamoDB answers a 400',
    applies: (_request, _engine, local) => local.status >= 500,
  },
  {
    reason:
      'a member of the wrong JSON type: DynamoDB answers SerializationException, DynamoDB Local converts the value or fails',
    applies: (_request, engine) => isError(engine, 'SerializationException'),
  },
  {
    reason:
      'DynamoDB checks the whole request before it looks up the table; DynamoDB Local answers ResourceNotFoundException first',
    applies: (_request, engine, local) =>
      isError(local, 'ResourceNotFoundException') && isError(engine, 'ValidationException'),
  },
  {
    reason:
      'DynamoDB refuses a ReturnConsumedCapacity outside INDEXES, TOTAL, NONE; DynamoDB Local accepts any value',
    applies: constraintLocalIgnores(/returnConsumedCapacity/),
  },
  {
    reason:
      'DynamoDB refuses an empty AttributesToGet (at least 1 member); DynamoDB Local accepts it',
    applies: constraintLocalIgnores(/attributesToGet/),
  },
  {
    reason:
      "DynamoDB requires a transaction's Update to have an UpdateExpression; DynamoDB Local runs it without one",
    applies: constraintLocalIgnores(/transactItems\.\d+\.member\.update\.updateExpression/),
  },
  {
    reason:
      'DynamoDB refuses legacy AttributeUpdates that give an index key attribute the wrong type; DynamoDB Local stores them',
    applies: (request, engine, local) =>
      local.status === 200 &&
      JSON.stringify(request.body).includes('"AttributeUpdates"') &&
      engine.message === 'One or more parameter values were invalid: Type mismatch for Index Key',
  },
  {
    reason:
      "DynamoDB checks every action's table name before it looks at any key; DynamoDB Local checks TransactGetItems action by action",
    applies: (request, engine, local) =>
      request.operation === 'TransactGetItems' &&
      isError(local, 'TransactionCanceledException') &&
      (engine.message ?? '').startsWith('Invalid table/index name'),
  },
];
