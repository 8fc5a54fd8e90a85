import { ConfigurationError } from '@monotable/core';
import { CliError } from './cli-error';
import { explainError } from './explain-error';

const target = { tableName: 'app', endpoint: 'http://localhost:8000', region: 'local' };
const sdkError = (name: string, message = 'the message') =>
  Object.assign(new Error(message), { name });

describe('explainError', () => {
  it('names the missing table, where, and the command that creates it', () => {
    expect(explainError(sdkError('ResourceNotFoundException'), target).message).toBe(
      'Table app does not exist at http://localhost:8000: create it with "monotable create-table" ' +
        '(or pass --table, --endpoint or --region to point at the right one)',
    );
    expect(
      explainError(sdkError('ResourceNotFoundException'), { tableName: 'app', region: 'eu-west-1' })
        .message,
    ).toMatch(/^Table app does not exist in AWS region eu-west-1:/);
  });

  it.each([
    'UnrecognizedClientException',
    'InvalidSignatureException',
    'ExpiredTokenException',
    'InvalidClientTokenId',
  ])('explains credentials AWS rejected (%s)', (name) => {
    expect(explainError(sdkError(name, 'The security token is invalid.'), target).message).toBe(
      `AWS rejected the credentials at http://localhost:8000 (${name}: The security token is invalid.): ` +
        'set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or AWS_PROFILE (any values do for a local endpoint)',
    );
  });

  it('finds the SDK error among the causes', () => {
    const wrapped = new Error('request failed', { cause: sdkError('CredentialsProviderError') });
    expect(explainError(wrapped, target).message).toMatch(/^No AWS credentials found:/);
  });

  it('explains an unreachable endpoint from the network error code', () => {
    const refused = Object.assign(new AggregateError([], ''), { code: 'ECONNREFUSED' });
    expect(explainError(refused, target).message).toBe(
      'Cannot reach DynamoDB at http://localhost:8000 (ECONNREFUSED): is it running?',
    );
  });

  it('keeps monotable errors with their code, and CLI errors as they are', () => {
    expect(explainError(new ConfigurationError('Table app has no index GSI9')).message).toBe(
      'Table app has no index GSI9 (CONFIGURATION_INVALID)',
    );
    const own = new CliError('as is', 3);
    expect(explainError(own, target)).toBe(own);
  });

  it('keeps the original error as cause', () => {
    const error = sdkError('AccessDeniedException', 'not authorized to perform dynamodb:Scan');
    const explained = explainError(error, target);
    expect(explained.message).toBe(
      'Access denied at http://localhost:8000 on table app: not authorized to perform dynamodb:Scan',
    );
    expect(explained.cause).toBe(error);
    expect(explained.exitCode).toBe(1);
  });
});
