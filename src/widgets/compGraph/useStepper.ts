import { useRun } from '../kit/run/useRun';
import type { Stepper as RunStepper } from '../kit/run/stepper';

/** Seconds between steps while playing; a reader with reduced motion gets the same steps without transitions. */
const STEP_MS = 1100;

/** Counts the backward pass's steps 0 … total. */
function countTo(total: number): RunStepper<number> {
  return { step: (s) => Math.min(total, s + 1), status: (s) => (s >= total ? 'done' : 'ready') };
}

/**
 * Transient stepping through `total` steps: starts finished (every gradient shown), play walks from the
 * start (or from where it is) one step per tick and stops at the end.
 */
export function useStepper(total: number) {
  const run = useRun(() => total, countTo(total), total, { pace: { everyMs: STEP_MS }, reducedMotion: 'pace' });
  const step = Math.min(run.state, total);
  return {
    step,
    total,
    playing: run.playing,
    /** The run controls' view: Reset goes to step 0 (no gradient known yet), not to the finished start. */
    controls: { ...run, reset: () => run.set(0) },
    play: () => run.play(step >= total ? 0 : step),
    back: () => run.set(Math.max(0, step - 1)),
  };
}

export type Stepper = ReturnType<typeof useStepper>;
