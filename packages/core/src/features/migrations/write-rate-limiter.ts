const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Spaces writes shared by every segment so that at most `perSecond` start each second. */
export function writeRateLimiter(perSecond?: number): (() => Promise<void>) | undefined {
  if (!perSecond || perSecond <= 0) return undefined;
  const interval = 1000 / perSecond;
  let next = Date.now();
  return async () => {
    const now = Date.now();
    const start = Math.max(now, next);
    next = start + interval;
    if (start > now) await sleep(start - now);
  };
}
