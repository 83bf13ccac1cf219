// Initial weights: small random normals whose scale keeps activations from vanishing or exploding.
import type { DType } from '../dtype';
import { randn } from '../random';
import type { Rng } from '../rng';
import { zeros, type Tensor } from '../tensor';

/** 'he' (std √(2/n), for ReLU), 'xavier' (std √(1/n), for sigmoid), or a fixed std; n = fan-in. */
export type WeightInit = 'he' | 'xavier' | number;

/** The standard deviation an init rule gives a layer with fanIn inputs. */
export function initStd(init: WeightInit, fanIn: number): number {
  if (init === 'he') return Math.sqrt(2 / fanIn);
  if (init === 'xavier') return Math.sqrt(1 / fanIn);
  return init;
}

/** W (fanIn, fanOut) ~ N(0, std²) and b (fanOut) = 0. */
export function initAffine(
  fanIn: number,
  fanOut: number,
  init: WeightInit,
  rng: Rng,
  dtype: DType,
): { W: Tensor; b: Tensor } {
  return {
    W: randn([fanIn, fanOut], rng, { std: initStd(init, fanIn), dtype }),
    b: zeros([fanOut], { dtype }),
  };
}
