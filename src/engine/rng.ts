// A small seeded random generator, so the same seed gives the same weights, batches and
// training curve on every machine. mulberry32 makes 32-bit uniforms from integer arithmetic
// (Math.imul, shifts: exact everywhere); Box–Muller turns two uniforms into two normals.

/** A seeded source of random numbers (never Math.random). */
export interface Rng {
  /** A uniform number in [low, high), default [0, 1). */
  uniform(low?: number, high?: number): number;
  /** A normal number with the given mean and standard deviation (default 0, 1). */
  normal(mean?: number, std?: number): number;
  /** A uniform integer in 0..n−1. */
  int(n: number): number;
  /** Shuffles items in place (Fisher–Yates) and returns them. */
  shuffle<T extends object | number | string | boolean | null>(items: T[]): T[];
  /** 0..n−1 in random order. */
  permutation(n: number): Int32Array;
}

/** A generator seeded by an integer: createRng(42) yields the same sequence everywhere. */
export function createRng(seed: number): Rng {
  let state = seed | 0;
  let spare: number | null = null;

  const next = (): number => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };

  const int = (n: number): number => Math.floor(next() * n);

  const standardNormal = (): number => {
    if (spare !== null) {
      const z = spare;
      spare = null;
      return z;
    }
    const u1 = 1 - next(); // in (0, 1], so log(u1) is finite
    const u2 = next();
    const r = Math.sqrt(-2 * Math.log(u1));
    spare = r * Math.sin(2 * Math.PI * u2);
    return r * Math.cos(2 * Math.PI * u2);
  };

  return {
    uniform: (low = 0, high = 1) => low + (high - low) * next(),
    normal: (mean = 0, std = 1) => mean + std * standardNormal(),
    int,
    shuffle(items) {
      for (let i = items.length - 1; i > 0; i--) {
        const j = int(i + 1);
        const a = items[i];
        const b = items[j];
        if (a !== undefined && b !== undefined) {
          items[i] = b;
          items[j] = a;
        }
      }
      return items;
    },
    permutation(n) {
      const p = Int32Array.from({ length: n }, (_, i) => i);
      for (let i = n - 1; i > 0; i--) {
        const j = int(i + 1);
        const a = p[i] ?? 0;
        p[i] = p[j] ?? 0;
        p[j] = a;
      }
      return p;
    },
  };
}
