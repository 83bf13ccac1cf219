// The trainer's connection to the worker lives in a session object outside React, one per figure
// scope: a heavy figure unmounts when scrolled far away, and training must go on (and its curves
// survive) meanwhile. A watchdog reports a worker that stopped answering instead of waiting forever.
import { useSyncExternalStore } from 'react';
import { TrainerClient, type TrainConfig } from '../../worker/client';
import { setSessionModel } from '../kit/mnist/sessionModel';
import { initialView, trainerReducer, type TrainerAction, type TrainerView } from './trainerView';

/** No message for this long while loading or training means the worker is gone. */
const WATCHDOG_MS = 20_000;

class TrainerSession {
  view: TrainerView = initialView;
  private readonly listeners = new Set<() => void>();
  private lastMessage = 0;
  private watchdog: ReturnType<typeof setInterval> | null = null;
  private readonly client = new TrainerClient((event) => {
    this.lastMessage = performance.now();
    this.dispatch(event);
    if (event.type === 'train/done') setSessionModel({ model: event.model, source: 'trained' });
  });

  readonly subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getView = () => this.view;

  private dispatch(action: TrainerAction): void {
    this.view = trainerReducer(this.view, action);
    const active = this.view.state === 'loading' || this.view.state === 'training';
    if (active && !this.watchdog) {
      this.lastMessage = performance.now();
      this.watchdog = setInterval(() => {
        if (performance.now() - this.lastMessage > WATCHDOG_MS) {
          this.client.dispose();
          this.dispatch({ type: 'worker/crashed', message: 'the training worker stopped answering' });
        }
      }, 1000);
    } else if (!active && this.watchdog) {
      clearInterval(this.watchdog);
      this.watchdog = null;
    }
    this.listeners.forEach((l) => l());
  }

  start(config: TrainConfig): void {
    this.dispatch({ type: 'ui/start' });
    this.client.start(config);
  }

  pause(): void {
    this.client.pause();
  }

  resume(): void {
    this.client.resume();
  }

  stop(): void {
    this.client.stop();
  }

  /** Kills the worker (a fresh one starts with the next run) and clears the view. */
  reset(): void {
    this.client.dispose();
    this.dispatch({ type: 'ui/reset' });
  }
}

const sessions = new Map<string, TrainerSession>();

export interface TrainerControls {
  view: TrainerView;
  start(config: TrainConfig): void;
  pause(): void;
  resume(): void;
  stop(): void;
  reset(): void;
}

/** The training session of the figure with this scope (created on first use, kept for the page's life). */
export function useTrainer(scope: string): TrainerControls {
  let session = sessions.get(scope);
  if (!session) {
    session = new TrainerSession();
    sessions.set(scope, session);
  }
  const s = session;
  const view = useSyncExternalStore(s.subscribe, s.getView, s.getView);
  return {
    view,
    start: (c) => s.start(c),
    pause: () => s.pause(),
    resume: () => s.resume(),
    stop: () => s.stop(),
    reset: () => s.reset(),
  };
}
