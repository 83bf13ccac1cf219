import type { Stepper } from '../kit/run/stepper';
import { evaluateLinear, hasDiverged, linearStep, type LinearParams } from '../kit/advertising/linearNeuron';

export type FitStatus = 'idle' | 'running' | 'converged' | 'diverged' | 'stopped';

/** Gradient norm below which the fit has arrived. */
export const FIT_TOLERANCE = 1e-4;
export const FIT_MAX_STEPS = 3000;

export interface FitProgress {
  params: LinearParams;
  loss: number;
  steps: number;
  status: FitStatus;
}

/**
 * Up to n gradient-descent steps from `from`, stopping early when the gradient vanishes,
 * the run diverges (the last finite parameters are kept, never NaN) or the step budget is spent.
 */
export function fitSteps(
  Z: readonly (readonly number[])[],
  y: readonly number[],
  from: LinearParams,
  lr: number,
  done: number,
  n: number,
): FitProgress {
  let params = from;
  let e = evaluateLinear(Z, y, params);
  let steps = done;
  for (let k = 0; k < n; k++) {
    const norm = Math.hypot(...e.gradW, e.gradB);
    if (norm < FIT_TOLERANCE) return { params, loss: e.loss, steps, status: 'converged' };
    if (steps >= FIT_MAX_STEPS) return { params, loss: e.loss, steps, status: 'stopped' };
    const next = linearStep(Z, y, params, lr);
    const nextEval = evaluateLinear(Z, y, next);
    steps += 1;
    if (hasDiverged(next, nextEval.loss)) {
      return { params, loss: nextEval.loss, steps, status: 'diverged' };
    }
    params = next;
    e = nextEval;
  }
  return { params, loss: e.loss, steps, status: 'running' };
}

/** A fit under way, with the weights it started from (put back if it diverges). */
export interface Fit extends FitProgress {
  readonly from: LinearParams;
}

/** The fit for the run controls: one gradient-descent step at a time; no fit (null) has nothing to do. */
export function fitStepper(Z: readonly (readonly number[])[], y: readonly number[], lr: number): Stepper<Fit | null> {
  return {
    step: (fit) => (fit ? { ...fitSteps(Z, y, fit.params, lr, fit.steps, 1), from: fit.from } : fit),
    status: (fit) => (fit?.status === 'running' ? 'ready' : fit?.status === 'diverged' ? 'diverged' : 'done'),
  };
}
