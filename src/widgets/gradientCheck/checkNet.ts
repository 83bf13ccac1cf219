// Gradient checking, as the book does it: backprop's gradients against central differences,
// for a small TwoLayerNet on a few images, in float32 and float64, with an optional planted bug.
import {
  Affine,
  createRng,
  LayerNet,
  numericalGradient,
  Relu,
  Tensor,
  TwoLayerNet,
  type DType,
  type Params,
} from '../../engine';

export const paramNames = ['W1', 'b1', 'W2', 'b2'] as const;
export type ParamName = (typeof paramNames)[number];

/** The net under check: 784 → HIDDEN (ReLU) → 10, weights N(0, 0.01²) from a fixed seed. */
export const HIDDEN = 10;
export const CLASSES = 10;
const INPUT = 784;
const SEED = 42;

/**
 * An Affine layer with the commonest backward bug: dW and db from the first example of the batch only
 * (the sum over the batch is forgotten). Forward is untouched, so numerical gradients stay right.
 */
export class ForgetsTheBatchAffine extends Affine {
  override backwardParams(dout: Tensor): void {
    const m = this.W.shape[1] ?? 0;
    super.backwardParams(new Tensor(dout.data.subarray(0, m), [1, m]));
  }
}

/** The book's TwoLayerNet layout over given parameters, with either the engine's Affine or the buggy one. */
class CheckedNet extends LayerNet<ParamName> {
  constructor(params: Params<ParamName>, buggy: boolean) {
    const A = buggy ? ForgetsTheBatchAffine : Affine;
    super(params, [new A(params.W1, params.b1), new Relu(), new A(params.W2, params.b2)]);
  }
}

/** A fresh net in this dtype (same seed, so float32 and float64 start from the same weights up to rounding). */
export function buildNet(dtype: DType, buggy: boolean): LayerNet<ParamName> {
  const { params } = new TwoLayerNet(INPUT, HIDDEN, CLASSES, { dtype, rng: createRng(SEED), weightInitStd: 0.01 });
  return buggy
    ? new CheckedNet(params, true)
    : new TwoLayerNet(INPUT, HIDDEN, CLASSES, { dtype, rng: createRng(SEED), weightInitStd: 0.01 });
}

/** |backprop − numerical| for one parameter, elementwise, with its mean and max. */
export interface ParamDiff {
  readonly param: ParamName;
  readonly mean: number;
  readonly max: number;
  readonly diff: Float64Array;
  readonly shape: readonly number[];
}

/** Mean and max of |a − b|. */
export function absDifference(
  param: ParamName,
  a: ArrayLike<number>,
  b: ArrayLike<number>,
  shape: readonly number[],
): ParamDiff {
  const diff = new Float64Array(a.length);
  let sum = 0;
  let max = 0;
  for (let i = 0; i < a.length; i++) {
    const d = Math.abs((a[i] ?? 0) - (b[i] ?? 0));
    diff[i] = d;
    sum += d;
    max = Math.max(max, d);
  }
  return { param, mean: a.length === 0 ? 0 : sum / a.length, max, diff, shape };
}

/** Entries nudged between two yields to the browser. */
export const CHUNK = 600;

/**
 * The check, one chunk at a time: yields the fraction done, returns the four differences.
 * The numerical gradient of a slice is taken through a view on the parameter's storage, so nudging the view nudges the net.
 */
export function* gradientCheck(
  net: LayerNet<ParamName>,
  x: Tensor,
  labels: readonly number[],
  chunk = CHUNK,
): Generator<number, ParamDiff[]> {
  const backprop = net.gradient(x, labels);
  const analytic = Object.fromEntries(paramNames.map((k) => [k, Float64Array.from(backprop[k].data)])) as Record<
    ParamName,
    Float64Array
  >;
  const total = paramNames.reduce((s, k) => s + net.params[k].size, 0);
  let done = 0;
  const result: ParamDiff[] = [];
  for (const key of paramNames) {
    const p = net.params[key];
    const numeric = new Float64Array(p.size);
    for (let start = 0; start < p.size; start += chunk) {
      const end = Math.min(p.size, start + chunk);
      const view = new Tensor(p.data.subarray(start, end), [end - start]);
      numeric.set(numericalGradient(() => net.loss(x, labels), view).data, start);
      done += end - start;
      yield done / total;
    }
    result.push(absDifference(key, analytic[key], numeric, p.shape));
  }
  return result;
}

/** Runs the generator to the end (tests, and small nets). */
export function runToEnd<T>(gen: Generator<number, T>): T {
  for (;;) {
    const step = gen.next();
    if (step.done) return step.value;
  }
}

/** The first n images of a flat N×784 array as a (n,784) tensor of this dtype. */
export function imageBatch(images: Float32Array, n: number, dtype: DType): Tensor {
  const data =
    dtype === 'float64'
      ? Float64Array.from(images.subarray(0, n * INPUT))
      : Float32Array.from(images.subarray(0, n * INPUT));
  return new Tensor(data, [n, INPUT]);
}
