// Timing with warm-up (so the JIT has compiled the hot loops) and a minimum measuring time.

/** Milliseconds per call of fn: warm up, then repeat until minMs has passed (at least minCalls times). */
export function msPerCall(fn: () => void, { warmup = 5, minMs = 500, minCalls = 10 } = {}): number {
  for (let i = 0; i < warmup; i++) fn();
  let calls = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < minMs || calls < minCalls) {
    fn();
    calls++;
    elapsed = performance.now() - start;
  }
  return elapsed / calls;
}

/** Async variant for rivals whose step returns a promise. */
export async function msPerCallAsync(fn: () => Promise<void>, { warmup = 5, minMs = 500, minCalls = 10 } = {}): Promise<number> {
  for (let i = 0; i < warmup; i++) await fn();
  let calls = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < minMs || calls < minCalls) {
    await fn();
    calls++;
    elapsed = performance.now() - start;
  }
  return elapsed / calls;
}
