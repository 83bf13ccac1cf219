// Random tensors from a seeded generator (weights, test inputs).
import type { DType } from './dtype';
import type { Rng } from './rng';
import type { Shape } from './shape';
import { Tensor, zeros } from './tensor';

/** Options for random tensors. */
export interface RandomOptions {
  dtype?: DType;
  requiresGrad?: boolean;
  label?: string;
}

function sampled(shape: Shape, options: RandomOptions, sample: () => number): Tensor {
  const t = zeros(shape, options);
  for (let i = 0; i < t.size; i++) t.data[i] = sample();
  return t;
}

/** A tensor of normal samples: mean + std·N(0,1), shape as given. */
export function randn(
  shape: Shape,
  rng: Rng,
  { mean = 0, std = 1, ...options }: RandomOptions & { mean?: number; std?: number } = {},
): Tensor {
  return sampled(shape, options, () => rng.normal(mean, std));
}

/** A tensor of uniform samples in [low, high), shape as given. */
export function randu(
  shape: Shape,
  rng: Rng,
  { low = 0, high = 1, ...options }: RandomOptions & { low?: number; high?: number } = {},
): Tensor {
  return sampled(shape, options, () => rng.uniform(low, high));
}
