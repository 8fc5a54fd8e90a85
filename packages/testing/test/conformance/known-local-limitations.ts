import { TTL_EXPIRY_CASE } from './cases/streams';
import type { CaseResult } from './harness/conformance-case';

/**
 * Cases where DynamoDB Local is known to behave unlike DynamoDB itself, so Local cannot be the
 * oracle. Each entry names the case (`area/name`), says why, and — when the real behaviour is
 * documented — gives the expected result MemoryDynamoDB is checked against instead. Entries
 * without `expected` are reported as skipped tests, with the reason in the test name.
 */
export interface KnownLocalLimitation {
  case: string;
  reason: string;
  expected?: CaseResult;
  /**
   * DynamoDB Local's answer with the documented difference put right: the rest of the answer is
   * still Local's, so the engine is compared with Local everywhere else.
   */
  correct?: (local: CaseResult) => CaseResult;
}

/**
 * DynamoDB reads a request with Coral's JSON deserializer, which refuses a member of the wrong
 * JSON type with a SerializationException before the operation runs; DynamoDB Local's Jackson
 * converts what it can ("1" to 1, "true" to true, 5 to "5") and fails with InternalFailure (HTTP
 * 500) on the rest. The wording is Coral's, as AWS services answer it (a capitalised Message).
 */
function wrongJsonType(name: string, local: string, message: string): KnownLocalLimitation {
  return {
    case: `Wire shapes/${name}`,
    reason: `DynamoDB answers a SerializationException; DynamoDB Local ${local}.`,
    expected: {
      results: [
        {
          error: 'SerializationException',
          message,
          type: 'com.amazon.coral.service#SerializationException',
          messageMember: 'Message',
        },
      ],
    },
  };
}

/**
 * DynamoDB checks the whole request before it looks up a table (what dynalite, written against
 * DynamoDB, reproduces); DynamoDB Local looks the table up first for these operations and answers
 * ResourceNotFoundException. The messages are DynamoDB's own (Local gives the same ones when the
 * table exists).
 */
function checkedBeforeLookup(name: string, message: string): KnownLocalLimitation {
  return {
    case: `Validation order/${name}`,
    reason:
      'DynamoDB refuses the invalid request before it looks up the table; DynamoDB Local answers ResourceNotFoundException.',
    expected: { results: [{ error: 'ValidationException', message }] },
  };
}

/**
 * DynamoDB's front end checks every KeyType against its enum (HASH, RANGE) and answers with
 * its constraint message, as a suite run against DynamoDB itself records; DynamoDB Local does not.
 */
function invalidKeyType(name: string, local: string, path: string): KnownLocalLimitation {
  return {
    case: name,
    reason: `DynamoDB refuses a KeyType outside HASH and RANGE; DynamoDB Local ${local}.`,
    expected: {
      results: [
        {
          error: 'ValidationException',
          message: `1 validation error detected: Value 'XX' at '${path}' failed to satisfy constraint: Member must satisfy enum value set: [HASH, RANGE]`,
        },
      ],
    },
  };
}

/**
 * DynamoDB Local fails with InternalFailure (HTTP 500) on these null elements; DynamoDB's answer
 * is not documented. The engine reads the null as an empty element and answers what Local answers
 * for that (a 400; test/engine/wire-shapes.test.ts holds the messages).
 */
function nullLocalFailsOn(name: string): KnownLocalLimitation {
  return {
    case: `Null members/${name}`,
    reason:
      "DynamoDB Local fails with InternalFailure (HTTP 500) and DynamoDB's answer is not documented; the engine answers a ValidationException as for an empty element.",
  };
}

const PROJECTION_SYNTAX_ERROR =
  'Invalid ProjectionExpression: Syntax error; token: ",", near: ",,"';

/**
 * DynamoDB writes a TTL deletion to the stream as a REMOVE record with the service as its user
 * identity (`userIdentity: { Type: 'Service', PrincipalId: 'dynamodb.amazonaws.com' }`), which is
 * how a handler tells an expiry from a user's delete. DynamoDB Local sweeps expired items about
 * once a second and writes the record with its image and keys, but names the event
 * "UNKNOWN_TO_SDK_VERSION" (its own SDK's placeholder for an unset enum) and leaves the identity out.
 */
const ttlRemoveRecord: KnownLocalLimitation = {
  case: `Streams/${TTL_EXPIRY_CASE}`,
  reason:
    'DynamoDB Local writes the TTL deletion as an event named UNKNOWN_TO_SDK_VERSION without userIdentity; DynamoDB writes REMOVE with the service identity.',
  correct: (local) => ({
    ...local,
    results: local.results.map((result) => {
      const output = result.output as { Records?: Record<string, unknown>[] } | undefined;
      if (!output?.Records) return result;
      const records = output.Records.map((record) =>
        record.eventName === 'UNKNOWN_TO_SDK_VERSION'
          ? {
              ...record,
              eventName: 'REMOVE',
              userIdentity: { PrincipalId: 'dynamodb.amazonaws.com', Type: 'Service' },
            }
          : record,
      );
      return { ...result, output: { ...output, Records: records } };
    }),
  }),
};

export const KNOWN_LOCAL_LIMITATIONS: KnownLocalLimitation[] = [
  ttlRemoveRecord,
  {
    case: 'Streams/CreateTable refuses an unknown view type',
    reason: "DynamoDB checks StreamViewType against its enum; DynamoDB Local creates the table and echoes the view type back.",
    expected: {
      results: [
        {
          error: 'ValidationException',
          message:
            "1 validation error detected: Value 'ALL_IMAGES' at 'streamSpecification.streamViewType' failed to satisfy constraint: " +
            'Member must satisfy enum value set: [NEW_IMAGE, OLD_IMAGE, NEW_AND_OLD_IMAGES, KEYS_ONLY]',
        },
      ],
    },
  },
  ...[
    'TransactWriteItems with a null action',
    'AttributeUpdates with a null update',
    'a null member of a binary set',
    'CreateTable with a null attribute definition',
    'CreateTable with a null GSI',
    'CreateTable with a null LSI',
    'UpdateTable with a null index update',
  ].map(nullLocalFailsOn),
  checkedBeforeLookup(
    'GetItem: a projection syntax error on a missing table',
    PROJECTION_SYNTAX_ERROR,
  ),
  checkedBeforeLookup(
    'PutItem: a condition syntax error on a missing table',
    'Invalid ConditionExpression: Syntax error; token: "<EOF>", near: "= "',
  ),
  checkedBeforeLookup(
    'PutItem: an item over 400 KB for a missing table',
    'Item size has exceeded the maximum allowed size',
  ),
  checkedBeforeLookup(
    'Query: a key condition syntax error on a missing table',
    'Invalid KeyConditionExpression: Syntax error; token: "<EOF>", near: "= "',
  ),
  checkedBeforeLookup(
    'BatchGetItem: a projection syntax error of a missing table',
    PROJECTION_SYNTAX_ERROR,
  ),
  checkedBeforeLookup(
    'TransactGetItems: a projection syntax error of a missing table',
    PROJECTION_SYNTAX_ERROR,
  ),
  checkedBeforeLookup(
    'UpdateTimeToLive: an empty attribute name on a missing table',
    "1 validation error detected: Value '' at 'timeToLiveSpecification.attributeName' failed to satisfy constraint: Member must have length greater than or equal to 1",
  ),
  {
    case: 'Validation order/UpdateTable: a throughput update of a missing index',
    reason:
      'DynamoDB Local fails with InternalFailure (HTTP 500); DynamoDB answers ResourceNotFoundException naming the ' +
      'index and the table (as recorded from DynamoDB itself for an Update of a missing index).',
    expected: {
      results: [
        {
          error: 'ResourceNotFoundException',
          message: 'Requested resource not found: Index nope for table $T',
        },
      ],
    },
  },
  invalidKeyType(
    'CreateTable/a table key type XX is refused',
    'creates the table, reading XX as RANGE',
    'keySchema.2.member.keyType',
  ),
  invalidKeyType(
    'CreateTable/a GSI key type XX is refused',
    'answers "No Hash Key specified in schema"',
    'globalSecondaryIndexes.1.member.keySchema.1.member.keyType',
  ),
  invalidKeyType(
    'Table operations/UpdateTable refuses a GSI key type XX',
    'answers "No Hash Key specified in schema"',
    'globalSecondaryIndexUpdates.1.member.create.keySchema.1.member.keyType',
  ),
  wrongJsonType(
    'Limit as a string is refused',
    'converts "1" to 1 and answers the page',
    'STRING_VALUE can not be converted to an Integer',
  ),
  wrongJsonType(
    'Limit as an object is refused',
    'fails with InternalFailure (HTTP 500)',
    'Start of structure or map found where not expected.',
  ),
  wrongJsonType(
    'Limit as a list is refused',
    'fails with InternalFailure (HTTP 500)',
    'Start of list found where not expected',
  ),
  wrongJsonType(
    'TotalSegments as a string is refused',
    'converts "2" to 2 and scans the segment',
    'STRING_VALUE can not be converted to an Integer',
  ),
  wrongJsonType(
    'ConsistentRead as a string is refused',
    'converts "true" to true and reads the item',
    'STRING_VALUE can not be converted to a Boolean',
  ),
  wrongJsonType(
    'an S value given as a number is refused',
    'converts 5 to "5" and stores the item',
    'NUMBER_VALUE can not be converted to a String',
  ),
  {
    case: '1 MB pages/a KEYS_ONLY GSI query counts only projected bytes',
    reason:
      'DynamoDB counts only the projected attributes of an index entry towards the 1 MB page; DynamoDB Local counts the ' +
      'whole item (documented in "DynamoDB local usage notes"). 25 key-only entries fit in one page.',
    expected: {
      results: [
        {
          output: {
            Pages: [
              {
                Items: Array.from({ length: 25 }, (_, i) => ({ n: { N: String(i) } })),
                Count: 25,
                ScannedCount: 25,
              },
            ],
          },
        },
      ],
    },
  },
  {
    case: '1 MB pages/a filtered query counts the bytes read, not returned',
    reason:
      'DynamoDB applies the 1 MB page limit to the items read, before FilterExpression ("Query reads up to 1 MB of ' +
      'data and then applies any filtering"); DynamoDB Local applies it after filtering and returns all 25 items ' +
      '(2.5 MB read) in one page. The page boundaries below are the ones Local itself uses without a filter ' +
      '(case "a query stops at 1 MB").',
    expected: {
      results: [
        {
          output: {
            Pages: [
              {
                Items: [],
                Count: 0,
                ScannedCount: 11,
                LastEvaluatedKey: { sk: { S: 's10' }, pk: { S: 'p' } },
              },
              {
                Items: [],
                Count: 0,
                ScannedCount: 11,
                LastEvaluatedKey: { sk: { S: 's21' }, pk: { S: 'p' } },
              },
              { Items: [{ sk: { S: 's24' } }], Count: 1, ScannedCount: 3 },
            ],
          },
        },
      ],
    },
  },
  {
    case: 'Consumed capacity/an LSI query projecting only what the index holds fetches nothing',
    reason:
      'DynamoDB fetches an item from the table only for attributes an LSI does not project ("Local secondary indexes": ' +
      'attribute projections); DynamoDB Local fetches, and charges table read units, for any ProjectionExpression.',
    expected: {
      results: [
        {
          output: {
            Items: [{ a: { S: 'x' } }],
            Count: 1,
            ScannedCount: 1,
            LastEvaluatedKey: { sk: { S: 's0' }, l: { N: '0' }, pk: { S: 'p' } },
            ConsumedCapacity: {
              TableName: '$T',
              CapacityUnits: 0.5,
              Table: { CapacityUnits: 0 },
              LocalSecondaryIndexes: { lix: { CapacityUnits: 0.5 } },
            },
          },
        },
      ],
    },
  },
  {
    case: 'Transactions/ReturnConsumedCapacity TOTAL on TransactWrite',
    reason:
      'DynamoDB adds up the units of every item of a transaction (two writes per written item, two reads per ' +
      'ConditionCheck); DynamoDB Local counts items of one table with equal costs once (here a Put and a ' +
      'ConditionCheck of 2 units each give 2).',
    expected: {
      results: [{ output: { ConsumedCapacity: [{ CapacityUnits: 4, TableName: '$T' }] } }],
    },
  },
  {
    case: 'CreateTable/PAY_PER_REQUEST with throughput is refused',
    reason:
      'DynamoDB Local creates the table and ignores ProvisionedThroughput; DynamoDB refuses the request.',
    expected: {
      results: [
        {
          error: 'ValidationException',
          message:
            'One or more parameter values were invalid: Neither ReadCapacityUnits nor WriteCapacityUnits can be specified when BillingMode is PAY_PER_REQUEST',
        },
      ],
    },
  },
  {
    case: 'Attribute types and numbers/an attribute name of 64 KB + 1 is refused',
    reason:
      'DynamoDB Local fails with InternalFailure (HTTP 500); DynamoDB answers a ValidationException whose exact text is not documented.',
  },
  {
    case: 'Validation errors/an invalid ReturnConsumedCapacity value',
    reason:
      'DynamoDB Local accepts any ReturnConsumedCapacity value; DynamoDB refuses values outside INDEXES, TOTAL, NONE (exact text not documented).',
  },
];
