/** The error and its causes, outermost first (monotable keeps the SDK error as `cause`). */
export function errorChain(error: unknown): unknown[] {
  const chain: unknown[] = [];
  for (let current = error; current !== undefined && !chain.includes(current);) {
    chain.push(current);
    current = (current as { cause?: unknown } | null)?.cause;
  }
  return chain;
}

/** The SDK's error name (`ResourceNotFoundException`, ...) or Node's error code (`ECONNREFUSED`). */
export function errorNames(error: unknown): string[] {
  const names: string[] = [];
  for (const link of errorChain(error)) {
    const { name, code } = (link ?? {}) as { name?: unknown; code?: unknown };
    if (typeof name === 'string') names.push(name);
    if (typeof code === 'string') names.push(code);
  }
  return names;
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
