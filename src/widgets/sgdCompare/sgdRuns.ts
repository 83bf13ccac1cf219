import { createRng } from '../../engine';
import { adSales, adZ } from '../kit/advertising/advertisingData';
import { evaluateLinear, hasDiverged, linearStep, type LinearParams } from '../kit/advertising/linearNeuron';

/** The one-feature regression the comparison runs on: sales ≈ w·z_facebook + b, so (w, b) is a plane we can draw. */
export const fbZ: number[][] = adZ.map((r) => [r[0] ?? 0]);
export const fbSales = adSales;

export type Method = 'batch' | 'minibatch' | 'sgd';
export const methods: readonly Method[] = ['batch', 'minibatch', 'sgd'];
/** Rows per update: all five, two, or one. */
export const batchSize: Record<Method, number> = { batch: 5, minibatch: 2, sgd: 1 };

export interface RunPoint {
  /** (w, b) after this update. */
  params: [number, number];
  /** The loss on all five rows at these parameters (what the curves plot). */
  loss: number;
  /** Epochs completed, fractional: update index / updates per epoch. */
  epoch: number;
}

export interface MethodRun {
  method: Method;
  points: RunPoint[];
  diverged: boolean;
}

/** Full-data MSE of (w, b). */
export function fullLoss([w, b]: readonly [number, number]): number {
  return evaluateLinear(fbZ, fbSales, { w: [w], b }).loss;
}

/** Splits a shuffled order of the rows into batches of `size` (the last may be smaller). */
export function batchesOf(order: ArrayLike<number>, size: number): number[][] {
  const out: number[][] = [];
  for (let i = 0; i < order.length; i += size) out.push(Array.from({ length: Math.min(size, order.length - i) }, (_, k) => order[i + k] ?? 0));
  return out;
}

/**
 * Runs one method for `epochs` passes over the five rows from `start`. Each epoch the rows
 * are shuffled by createRng(seed) (the full batch needs no shuffle); each batch makes one update.
 */
export function runMethod(method: Method, start: readonly [number, number], lr: number, epochs: number, seed: number): MethodRun {
  const rng = createRng(seed);
  const n = fbZ.length;
  const perEpoch = Math.ceil(n / batchSize[method]);
  let p: LinearParams = { w: [start[0]], b: start[1] };
  const points: RunPoint[] = [{ params: [start[0], start[1]], loss: fullLoss(start), epoch: 0 }];
  for (let e = 0; e < epochs; e++) {
    const order = method === 'batch' ? Array.from({ length: n }, (_, i) => i) : rng.permutation(n);
    for (const rows of batchesOf(order, batchSize[method])) {
      const next = linearStep(rows.map((i) => fbZ[i] ?? [0]), rows.map((i) => fbSales[i] ?? 0), p, lr);
      const params: [number, number] = [next.w[0] ?? 0, next.b];
      const loss = fullLoss(params);
      if (hasDiverged(next, loss)) return { method, points, diverged: true };
      p = next;
      points.push({ params, loss, epoch: points.length / perEpoch });
    }
  }
  return { method, points, diverged: false };
}
