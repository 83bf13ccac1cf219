import { createRng, type Rng } from '../../engine';
import { runToEnd, type Stepper } from '../kit/run/stepper';
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
  for (let i = 0; i < order.length; i += size)
    out.push(Array.from({ length: Math.min(size, order.length - i) }, (_, k) => order[i + k] ?? 0));
  return out;
}

/** A method part-way through its epochs: the batches left in this epoch, and the rows' shuffler. */
interface MethodState {
  readonly run: MethodRun;
  readonly params: LinearParams;
  readonly queue: readonly number[][];
  readonly epochsLeft: number;
  readonly rng: Rng;
}

/**
 * One update per step. Each epoch the rows are shuffled by the state's rng (the full batch needs no
 * shuffle); each batch makes one update; a diverging update stops the run before it is recorded.
 */
function methodStepper(lr: number): Stepper<MethodState> {
  return {
    step: (s) => {
      const { method } = s.run;
      const n = fbZ.length;
      let { queue, epochsLeft } = s;
      if (queue.length === 0) {
        const order = method === 'batch' ? Array.from({ length: n }, (_, i) => i) : s.rng.permutation(n);
        queue = batchesOf(order, batchSize[method]);
        epochsLeft -= 1;
      }
      const [rows = [], ...rest] = queue;
      const next = linearStep(
        rows.map((i) => fbZ[i] ?? [0]),
        rows.map((i) => fbSales[i] ?? 0),
        s.params,
        lr,
      );
      const params: [number, number] = [next.w[0] ?? 0, next.b];
      const loss = fullLoss(params);
      if (hasDiverged(next, loss)) return { ...s, run: { ...s.run, diverged: true } };
      // The run owns its points, so they grow in place instead of being copied per update.
      const points = s.run.points;
      points.push({ params, loss, epoch: points.length / Math.ceil(n / batchSize[method]) });
      return { run: { method, points, diverged: false }, params: next, queue: rest, epochsLeft, rng: s.rng };
    },
    status: (s) => (s.run.diverged ? 'diverged' : s.queue.length === 0 && s.epochsLeft === 0 ? 'done' : 'ready'),
  };
}

/** Runs one method for `epochs` passes over the five rows from `start`, shuffled by createRng(seed). */
export function runMethod(
  method: Method,
  start: readonly [number, number],
  lr: number,
  epochs: number,
  seed: number,
): MethodRun {
  const points: RunPoint[] = [{ params: [start[0], start[1]], loss: fullLoss(start), epoch: 0 }];
  const first: MethodState = {
    run: { method, points, diverged: false },
    params: { w: [start[0]], b: start[1] },
    queue: [],
    epochsLeft: epochs,
    rng: createRng(seed),
  };
  return runToEnd(methodStepper(lr), first).run;
}
