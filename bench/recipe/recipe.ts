// The book's recipe (train_neuralnet.py): 784-50-10 ReLU, weights N(0, 0.01²), SGD 0.1, batch 100,
// 10,000 steps, test accuracy after every epoch of 600 steps. Every contender gets the same initial
// weights and the same mini-batches (a seeded shuffle per epoch), so only the arithmetic differs.
import type * as Engine from '../../src/engine/index';

export const RECIPE = { sizes: [784, 50, 10], lr: 0.1, batch: 100, steps: 10_000, seed: 2024, initStd: 0.01 } as const;

/** Images (count × 784 bytes) and labels of one split. */
export interface Split {
  readonly count: number;
  readonly images: Uint8Array;
  readonly labels: Uint8Array;
}

/** A contender: one SGD step on order[offset..offset+n−1] of the training set, and the test accuracy. */
export interface RecipeTrainer {
  step(order: Int32Array, offset: number, n: number): number;
  testAccuracy(): number;
}

export interface RecipeRecord {
  readonly steps: number;
  /** Time inside steps only. */
  readonly stepMs: number;
  /** CPU time of this thread inside steps, where the caller can measure it (Node), else NaN. */
  readonly stepCpuMs: number;
  /** Steps and every evaluation. */
  readonly totalMs: number;
  readonly samplesPerSec: number;
  readonly finalLoss: number;
  readonly testAccuracy: number;
  readonly epochAccuracies: readonly number[];
}

/** W1, b1, W2, b2 of the recipe from its seed. */
export function recipeParams(engine: typeof Engine): Float32Array[] {
  const rng = engine.createRng(RECIPE.seed);
  const [D, H, K] = RECIPE.sizes;
  const normal = (n: number) => Float32Array.from({ length: n }, () => rng.normal(0, RECIPE.initStd));
  return [normal(D * H), new Float32Array(H), normal(H * K), new Float32Array(K)];
}

/** Milliseconds of CPU time used by this thread so far (process.cpuUsage in Node). */
export type CpuClock = () => number;

/**
 * Runs the recipe (steps may be shortened) on one trainer. With a cpuClock, the steps' CPU time is
 * recorded too: on a busy machine it shows what the step costs when it has a core to itself.
 */
export function runRecipe(
  engine: typeof Engine,
  trainer: RecipeTrainer,
  trainCount: number,
  steps: number = RECIPE.steps,
  cpuClock?: CpuClock,
): RecipeRecord {
  const rng = engine.createRng(RECIPE.seed + 1);
  const n = RECIPE.batch;
  const perEpoch = Math.floor(trainCount / n);
  const order = Int32Array.from({ length: trainCount }, (_, i) => i);
  const epochAccuracies: number[] = [];
  let stepMs = 0;
  let stepCpuMs = 0;
  let loss = NaN;
  const t0 = performance.now();
  for (let s = 0; s < steps; s++) {
    const within = s % perEpoch;
    if (within === 0) {
      for (let i = order.length - 1; i > 0; i--) {
        const j = rng.int(i + 1);
        const t = order[i] ?? 0;
        order[i] = order[j] ?? 0;
        order[j] = t;
      }
    }
    const cpu = cpuClock?.() ?? NaN;
    const start = performance.now();
    loss = trainer.step(order, within * n, n);
    stepMs += performance.now() - start;
    stepCpuMs += (cpuClock?.() ?? NaN) - cpu;
    if (within === perEpoch - 1 || s === steps - 1) epochAccuracies.push(trainer.testAccuracy());
  }
  const totalMs = performance.now() - t0;
  return {
    steps,
    stepMs,
    stepCpuMs,
    totalMs,
    samplesPerSec: (steps * n * 1000) / stepMs,
    finalLoss: loss,
    testAccuracy: epochAccuracies.at(-1) ?? NaN,
    epochAccuracies,
  };
}
