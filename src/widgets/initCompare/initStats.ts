import { createRng, matmul, randn, relu, sigmoid, zeros, type Tensor } from '../../engine';

export type InitName = 'zero' | 'std1' | 'std001' | 'xavier' | 'he';
export const initNames: readonly InitName[] = ['zero', 'std1', 'std001', 'xavier', 'he'];
export type Activation = 'sigmoid' | 'relu';
export const activations: readonly Activation[] = ['sigmoid', 'relu'];

/** The book's experiment: 1000 samples through 5 layers of 100 units. */
export const EXPERIMENT = { samples: 1000, units: 100, layers: 5 } as const;

/** Standard deviation of each weight for n inputs per unit: Xavier 1/√n, He √(2/n). */
export function initStd(name: InitName, n: number): number {
  switch (name) {
    case 'zero':
      return 0;
    case 'std1':
      return 1;
    case 'std001':
      return 0.01;
    case 'xavier':
      return 1 / Math.sqrt(n);
    case 'he':
      return Math.sqrt(2 / n);
  }
}

/** Each layer's activations (samples × units) for one initialisation and activation function, seeded. */
export function layerActivations(
  init: InitName,
  act: Activation,
  seed: number,
  size: { samples: number; units: number; layers: number } = EXPERIMENT,
): Tensor[] {
  const rng = createRng(seed);
  const opts = { dtype: 'float32' as const };
  let x = randn([size.samples, size.units], rng, opts);
  const out: Tensor[] = [];
  for (let l = 0; l < size.layers; l++) {
    const std = initStd(init, size.units);
    const w =
      std === 0 ? zeros([size.units, size.units], opts) : randn([size.units, size.units], rng, { ...opts, std });
    const a = matmul(x, w);
    x = act === 'sigmoid' ? sigmoid(a) : relu(a);
    out.push(x);
  }
  return out;
}

export interface LayerStats {
  /** Counts in `bins` equal bins over [0, 1], like the book's plt.hist(a, 30, range=(0, 1)). */
  counts: number[];
  mean: number;
  std: number;
  /** How many values fall outside [0, 1] (only ReLU can). */
  outside: number;
  /** Share of values that are exactly 0 (dead ReLUs). */
  zeroShare: number;
}

/** Histogram and summary of one layer's activations. */
export function layerStats(values: ArrayLike<number>, bins = 30): LayerStats {
  const counts = new Array<number>(bins).fill(0);
  let sum = 0;
  let sumSq = 0;
  let outside = 0;
  let zerosSeen = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] ?? 0;
    sum += v;
    sumSq += v * v;
    if (v === 0) zerosSeen++;
    if (v < 0 || v > 1) outside++;
    else counts[Math.min(bins - 1, Math.floor(v * bins))]! += 1;
  }
  const n = Math.max(1, values.length);
  const mean = sum / n;
  return { counts, mean, std: Math.sqrt(Math.max(0, sumSq / n - mean * mean)), outside, zeroShare: zerosSeen / n };
}
