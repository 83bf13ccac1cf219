// What the trainer shows, as a pure reducer over the worker's events and the reader's actions.
import type { ModelWeights, TrainBackend, TrainerEvent, TrainResults } from '../../worker/client';

export type TrainerState = 'idle' | 'loading' | 'training' | 'paused' | 'done' | 'error';
export type ProblemKind = 'data' | 'diverged' | 'crashed' | 'other';

export interface EpochPoint {
  readonly epoch: number;
  readonly step: number;
  readonly trainAcc: number;
  readonly testAcc: number;
}

export interface TrainerView {
  readonly state: TrainerState;
  readonly loaded: number;
  readonly total: number;
  readonly totalSteps: number;
  readonly stepsPerEpoch: number;
  readonly step: number;
  /** Raw batch loss of every step so far. */
  readonly losses: readonly number[];
  readonly epochs: readonly EpochPoint[];
  readonly samplesPerSec: number;
  readonly elapsedMs: number;
  readonly classes: readonly string[];
  readonly problem: {
    readonly kind: ProblemKind;
    readonly message: string;
    readonly step?: number;
    readonly loss?: number;
  } | null;
  readonly results: TrainResults | null;
  readonly model: ModelWeights | null;
  readonly stopped: boolean;
  /** The arithmetic the run uses (null until it starts) and why a faster one is not used ('' if nothing failed). */
  readonly backend: TrainBackend | null;
  readonly backendNote: string;
  /** Workers sharing each batch. */
  readonly workers: number;
}

export const initialView: TrainerView = {
  state: 'idle',
  loaded: 0,
  total: 0,
  totalSteps: 0,
  stepsPerEpoch: 0,
  step: 0,
  losses: [],
  epochs: [],
  samplesPerSec: 0,
  elapsedMs: 0,
  classes: [],
  problem: null,
  results: null,
  model: null,
  stopped: false,
  backend: null,
  backendNote: '',
  workers: 1,
};

export type TrainerAction = TrainerEvent | { readonly type: 'ui/start' } | { readonly type: 'ui/reset' };

/** The next view after an event or action. */
export function trainerReducer(view: TrainerView, a: TrainerAction): TrainerView {
  switch (a.type) {
    case 'ui/start':
      return { ...initialView, state: 'loading' };
    case 'ui/reset':
      return initialView;
    case 'data/progress':
      return { ...view, loaded: a.loaded, total: a.total };
    case 'train/started':
      return {
        ...view,
        state: 'training',
        totalSteps: a.totalSteps,
        stepsPerEpoch: a.stepsPerEpoch,
        classes: a.classes,
        backend: a.backend,
        backendNote: a.backendNote,
        workers: a.workers,
      };
    case 'train/progress':
      return {
        ...view,
        step: a.step,
        losses: view.losses.concat(Array.from(a.losses)),
        samplesPerSec: a.samplesPerSec,
        elapsedMs: a.elapsedMs,
      };
    case 'train/epoch':
      return {
        ...view,
        epochs: [...view.epochs, { epoch: a.epoch, step: a.step, trainAcc: a.trainAcc, testAcc: a.testAcc }],
      };
    case 'train/paused':
      return view.state === 'training' ? { ...view, state: 'paused' } : view;
    case 'train/resumed':
      return view.state === 'paused' ? { ...view, state: 'training' } : view;
    case 'train/done':
      return { ...view, state: 'done', results: a.results, model: a.model, stopped: a.stopped };
    case 'train/diverged':
      return {
        ...view,
        state: 'error',
        problem: { kind: 'diverged', message: String(a.loss), step: a.step, loss: a.loss },
      };
    case 'train/error':
      return {
        ...view,
        state: 'error',
        problem: { kind: /data file|manifest/i.test(a.message) ? 'data' : 'other', message: a.message },
      };
    case 'worker/crashed':
      return { ...view, state: 'error', problem: { kind: 'crashed', message: a.message } };
  }
}

/** Estimated milliseconds left, from the average pace so far. */
export function etaMs(view: TrainerView): number {
  if (view.step === 0 || view.totalSteps === 0) return NaN;
  return (view.elapsedMs / view.step) * (view.totalSteps - view.step);
}

/** Exponential moving average of the losses (weight 0.98 on the past, bias-corrected like Adam's m). */
export function smoothLosses(losses: readonly number[], beta = 0.98): number[] {
  const out: number[] = [];
  let m = 0;
  losses.forEach((l, i) => {
    m = beta * m + (1 - beta) * l;
    out.push(m / (1 - beta ** (i + 1)));
  });
  return out;
}
