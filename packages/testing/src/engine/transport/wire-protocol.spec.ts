import { EngineError } from '../errors';
import { answerJsonRequest, withInternalErrorDetails } from './wire-protocol';

describe('answerJsonRequest', () => {
  const target = 'DynamoDB_20120810.PutItem';

  it('answers 200 with the JSON output', () => {
    const response = answerJsonRequest((operation, input) => ({ operation, input }), target, '{"TableName":"app"}');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/x-amz-json-1.0');
    expect(JSON.parse(response.body)).toEqual({ operation: 'PutItem', input: { TableName: 'app' } });
  });

  it('serves DynamoDB Streams operations under their own target prefix only', () => {
    const run = (operation: string) => ({ operation });
    const answer = (streamTarget: string) => JSON.parse(answerJsonRequest(run, streamTarget, '{}').body);
    expect(answer('DynamoDBStreams_20120810.GetRecords')).toEqual({ operation: 'GetRecords' });
    expect(answer('DynamoDB_20120810.GetRecords').__type).toBe('com.amazon.coral.service#UnknownOperationException');
    expect(answer('DynamoDBStreams_20120810.PutItem').__type).toBe('com.amazon.coral.service#UnknownOperationException');
  });

  it('gives the operation the request as DynamoDB reads it: null and unknown members left out', () => {
    const body = '{"TableName":"app","ReturnValues":null,"Unknown":{"a":1},"Item":{"n":{"NULL":true,"S":null}}}';
    const response = answerJsonRequest((_operation, input) => input, target, body);
    expect(JSON.parse(response.body)).toEqual({ TableName: 'app', Item: { n: { NULL: true } } });
  });

  it('answers a member of the wrong JSON type with a SerializationException before the operation runs', () => {
    const run = jest.fn();
    const response = answerJsonRequest(run, target, '{"TableName":1}');
    expect(response.statusCode).toBe(400);
    expect(JSON.parse(response.body)).toEqual({
      __type: 'com.amazon.coral.service#SerializationException',
      Message: 'NUMBER_VALUE can not be converted to a String',
    });
    expect(run).not.toHaveBeenCalled();
  });

  it('answers 400 with __type, message and extra fields', () => {
    const response = answerJsonRequest(
      () => {
        throw new EngineError('ConditionalCheckFailedException', 'The conditional request failed', { Item: { a: { S: 'x' } } });
      },
      target,
      '{}',
    );
    expect(response.statusCode).toBe(400);
    expect(JSON.parse(response.body)).toEqual({
      __type: 'com.amazonaws.dynamodb.v20120810#ConditionalCheckFailedException',
      message: 'The conditional request failed',
      Item: { a: { S: 'x' } },
    });
  });

  it('capitalises Message for TransactionCanceledException, as DynamoDB does', () => {
    const response = answerJsonRequest(
      () => {
        throw new EngineError('TransactionCanceledException', 'cancelled', { CancellationReasons: [] });
      },
      target,
      '{}',
    );
    expect(JSON.parse(response.body)).toMatchObject({ Message: 'cancelled', CancellationReasons: [] });
  });

  it('refuses unknown targets and malformed bodies', () => {
    expect(JSON.parse(answerJsonRequest(() => ({}), 'Other.Thing', '{}').body).__type).toBe(
      'com.amazon.coral.service#UnknownOperationException',
    );
    expect(JSON.parse(answerJsonRequest(() => ({}), target, '{').body).__type).toBe('com.amazon.coral.service#SerializationException');
  });

  it('answers an unexpected error with a bare 500, keeping the cause aside for the in-process client', () => {
    const bug = new TypeError('x is undefined');
    const response = answerJsonRequest(
      () => {
        throw bug;
      },
      target,
      '{}',
    );
    expect({ status: response.statusCode, body: JSON.parse(response.body), cause: response.internalError }).toEqual({
      status: 500,
      body: { __type: 'com.amazonaws.dynamodb.v20120810#InternalServerError', message: 'Internal server error' },
      cause: bug,
    });
    expect(JSON.parse(withInternalErrorDetails(response).body).message).toBe(`x is undefined\n${bug.stack}`);
  });
});
