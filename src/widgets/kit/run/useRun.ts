import { useRef, useEffect, useEffectEvent, useState } from 'react';
import { prefersReducedMotion } from './prefersReducedMotion';
import { stepMany, type Stepper } from './stepper';

/** How often a running animation ticks: once per frame, once per browser task, or every so many ms. */
export type Pace = 'frame' | 'task' | { everyMs: number };

/** What the controls show: stopped with steps left, running, arrived (or out of steps), or blown up. */
export type RunStatus = 'idle' | 'running' | 'done' | 'diverged';

export interface RunOptions<S> {
  /** Steps per tick while running, given the state (long runs speed up); 1 by default. */
  stepsPerTick?: (state: S) => number;
  pace?: Pace;
  /** With reduced motion a run jumps to its end in one tick ('jump', the default) or keeps its pace. */
  reducedMotion?: 'jump' | 'pace';
  /** Called with the new state after steps are taken (by a tick or by `step`), e.g. to move sliders. */
  onAdvance?: (state: S) => void;
}

/** An iterative animation: its state and the verbs the run controls call. */
export interface Run<S> {
  readonly state: S;
  readonly status: RunStatus;
  /** An open-ended play is under way (the play button reads "Pause"). */
  readonly playing: boolean;
  /** A play or a run of n steps is under way. */
  readonly running: boolean;
  /** n steps at once (1 by default); stops a play. */
  step(n?: number): void;
  /** n steps at the run's pace. */
  run(n: number): void;
  /** Steps until the stepper says done or diverged, from `from` if given. */
  play(from?: S): void;
  pause(): void;
  toggle(): void;
  /** Back to a fresh initial state, stopped. */
  reset(): void;
  /** Shows this state, stopped (e.g. one step back). */
  set(state: S): void;
}

interface Box<S> {
  key: unknown;
  state: S;
  /** Steps still to take while running (Infinity for a play). */
  left: number;
  mode: 'idle' | 'play' | 'run';
}

function schedule(pace: 'frame' | 'task' | number, tick: () => void): () => void {
  if (pace === 'frame') {
    const handle = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(handle);
  }
  const handle = setTimeout(tick, pace === 'task' ? 0 : pace);
  return () => clearTimeout(handle);
}

/**
 * Drives a pure stepper with play / pause / step / reset. A new `resetKey` (say, a new learning rate)
 * starts again from `init()`. Each tick waits for the previous one to be rendered, and a run stops by
 * itself when the stepper says done or diverged.
 */
export function useRun<S>(init: () => S, stepper: Stepper<S>, resetKey: unknown, options: RunOptions<S> = {}): Run<S> {
  const { stepsPerTick, pace = 'frame', reducedMotion = 'jump', onAdvance } = options;
  const [stored, setStored] = useState<Box<S>>(() => ({ key: resetKey, state: init(), left: 0, mode: 'idle' }));
  let box = stored;
  if (!Object.is(stored.key, resetKey)) {
    // Derived from the key, as React's docs store information from previous renders.
    box = { key: resetKey, state: init(), left: 0, mode: 'idle' };
    setStored(box);
  }

  // The last box handed to React: a tick may commit after the render a click handler came from, and a stepper
  // may change its state in place (TwoLayerNet's network), so handlers step from this, never from a stale render.
  const latest = useRef<Box<S> | null>(null);
  const current = (): Box<S> => (latest.current && Object.is(latest.current.key, box.key) ? latest.current : box);
  const commit = (next: Box<S>, advanced: boolean) => {
    latest.current = next;
    setStored(next);
    if (advanced && next.state !== box.state) onAdvance?.(next.state);
  };

  const tick = useEffectEvent(() => {
    const jump = reducedMotion === 'jump' && prefersReducedMotion();
    const from = current();
    if (from.mode === 'idle') return;
    const n = Math.min(from.left, jump ? from.left : Math.max(1, stepsPerTick?.(from.state) ?? 1));
    const state = stepMany(stepper, from.state, n);
    const left = from.left === Infinity ? Infinity : from.left - n;
    commit({ ...from, state, left, mode: left > 0 && stepper.status(state) === 'ready' ? from.mode : 'idle' }, true);
  });

  const active = box.mode !== 'idle';
  const paceKey = typeof pace === 'string' ? pace : pace.everyMs;
  useEffect(() => {
    if (!active) return;
    return schedule(paceKey, tick);
  }, [box, active, paceKey]);

  const stepStatus = stepper.status(box.state);
  const running = active && stepStatus === 'ready';
  const playing = running && box.mode === 'play';
  const stopped = (state: S): Box<S> => ({ key: box.key, state, left: 0, mode: 'idle' });
  const play = (from?: S) => {
    const state = from ?? current().state;
    commit(
      stepper.status(state) === 'ready' ? { key: box.key, state, left: Infinity, mode: 'play' } : stopped(state),
      false,
    );
  };
  const pause = () => commit(stopped(current().state), false);

  return {
    state: box.state,
    status: running ? 'running' : stepStatus === 'ready' ? 'idle' : stepStatus,
    playing,
    running,
    step: (n = 1) => commit(stopped(stepMany(stepper, current().state, n)), true),
    run: (n) => {
      if (stepStatus === 'ready' && n > 0) commit({ key: box.key, state: box.state, left: n, mode: 'run' }, false);
    },
    play,
    pause,
    toggle: () => (playing ? pause() : play()),
    reset: () => commit(stopped(init()), false),
    set: (state) => commit(stopped(state), false),
  };
}
