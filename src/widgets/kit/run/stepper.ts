// The pure half of every iterative animation: a state, one step from it, and whether to go on.

/** Where a state stands: more steps make sense ('ready'), it has arrived or run out ('done'), or it blew up. */
export type StepStatus = 'ready' | 'done' | 'diverged';

/** One step of an iterative method. `step` returns the state to show next (a new object, so React sees it). */
export interface Stepper<S> {
  step(state: S): S;
  status(state: S): StepStatus;
}

/** The most steps one call takes, so a stepper that never says done cannot hang the page. */
export const STEP_LIMIT = 100_000;

/** Up to n steps from `state`, stopping early when the stepper says done or diverged. */
export function stepMany<S>(stepper: Stepper<S>, state: S, n: number): S {
  let s = state;
  const count = Math.min(n, STEP_LIMIT);
  for (let k = 0; k < count && stepper.status(s) === 'ready'; k++) s = stepper.step(s);
  return s;
}

/** Every step until the stepper stops by itself (for results computed at once, without an animation). */
export function runToEnd<S>(stepper: Stepper<S>, state: S): S {
  return stepMany(stepper, state, STEP_LIMIT);
}
