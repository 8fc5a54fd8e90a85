/** Which table on which DynamoDB a command talks to; named in every error message. */
export interface Target {
  tableName: string;
  /** `--endpoint`, else the SDK's standard AWS_ENDPOINT_URL(_DYNAMODB) variables. */
  endpoint?: string;
  /** `--region`, else AWS_REGION / AWS_DEFAULT_REGION. */
  region?: string;
}

export function targetOf(
  tableName: string,
  options: { endpoint?: string; region?: string },
  env: NodeJS.ProcessEnv = process.env,
): Target {
  return {
    tableName,
    endpoint: options.endpoint ?? env.AWS_ENDPOINT_URL_DYNAMODB ?? env.AWS_ENDPOINT_URL,
    region: options.region ?? env.AWS_REGION ?? env.AWS_DEFAULT_REGION,
  };
}

/** "at http://localhost:8000" or "in AWS region eu-west-1". */
export function describeWhere(target: Target): string {
  if (target.endpoint) return `at ${target.endpoint}`;
  return target.region ? `in AWS region ${target.region}` : 'in the default AWS region';
}
