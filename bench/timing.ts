// Timing with warm-up (so the JIT has compiled the hot loops) and a minimum measuring time.

/** Milliseconds per call of fn (sync or async): warm up, then repeat until minMs has passed (at least minCalls times). */
export async function msPerCall(
  fn: () => void | Promise<void>,
  { warmup = 5, minMs = 500, minCalls = 10 } = {},
): Promise<number> {
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
