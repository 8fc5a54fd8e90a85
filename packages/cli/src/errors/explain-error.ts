import { MonotableError } from '@monotable/core';
import { describeWhere, type Target } from '../connect/target';
import { CliError } from './cli-error';
import { errorChain, errorMessage, errorNames } from './error-chain';

/** AWS refused who we are: unknown key, bad secret, expired session. */
const REJECTED_CREDENTIALS = [
  'UnrecognizedClientException',
  'InvalidSignatureException',
  'IncompleteSignatureException',
  'MissingAuthenticationTokenException',
  'InvalidClientTokenId',
  'SignatureDoesNotMatch',
  'ExpiredTokenException',
  'ExpiredToken',
  'RequestExpired',
];
/** No connection to the endpoint at all. */
const UNREACHABLE = [
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ECONNRESET',
  'EHOSTUNREACH',
  'ETIMEDOUT',
  'TimeoutError',
];

const CREDENTIALS_HINT =
  'set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or AWS_PROFILE (any values do for a local endpoint)';

function sdkMessage(error: unknown, names: string[]): string {
  const named = errorChain(error).find((link) => names.includes((link as Error)?.name));
  return errorMessage(named ?? error);
}

/**
 * One readable message for an error raised while talking to DynamoDB: which table, where, and
 * what to do about it. `target` is absent for commands that send nothing.
 */
export function explainError(error: unknown, target?: Target): CliError {
  if (error instanceof CliError) return error;
  const names = errorNames(error);
  const has = (...candidates: string[]) => candidates.some((name) => names.includes(name));
  const where = target ? describeWhere(target) : '';

  if (target && has('ResourceNotFoundException')) {
    return new CliError(
      `Table ${target.tableName} does not exist ${where}: create it with "monotable create-table" ` +
        `(or pass --table, --endpoint or --region to point at the right one)`,
      undefined,
      { cause: error },
    );
  }
  if (has('CredentialsProviderError')) {
    return new CliError(`No AWS credentials found: ${CREDENTIALS_HINT}`, undefined, {
      cause: error,
    });
  }
  if (has(...REJECTED_CREDENTIALS)) {
    const name = REJECTED_CREDENTIALS.find((candidate) => names.includes(candidate))!;
    return new CliError(
      `AWS rejected the credentials ${where} (${name}: ${sdkMessage(error, REJECTED_CREDENTIALS)}): ${CREDENTIALS_HINT}`,
      undefined,
      { cause: error },
    );
  }
  if (has('AccessDeniedException')) {
    return new CliError(
      `Access denied ${where} on table ${target?.tableName}: ${sdkMessage(error, ['AccessDeniedException'])}`,
      undefined,
      { cause: error },
    );
  }
  if (/region is missing/i.test(errorMessage(error))) {
    return new CliError('No AWS region: pass --region or set AWS_REGION', undefined, {
      cause: error,
    });
  }
  if (target && has(...UNREACHABLE)) {
    const code = UNREACHABLE.find((candidate) => names.includes(candidate));
    return new CliError(`Cannot reach DynamoDB ${where} (${code}): is it running?`, undefined, {
      cause: error,
    });
  }
  if (error instanceof MonotableError) {
    return new CliError(`${error.message} (${error.code})`, undefined, { cause: error });
  }
  const name = (error as Error)?.name;
  const prefix = name && name !== 'Error' ? `${name}: ` : '';
  return new CliError(`${prefix}${errorMessage(error)}`, undefined, { cause: error });
}
