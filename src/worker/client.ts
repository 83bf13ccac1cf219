// The main thread's side of the trainer: owns the module worker, sends typed commands, and turns
// worker messages, crashes and kills into one stream of events for the widget.
import { assertNever, type FromWorker, type ToWorker, type TrainConfig } from './protocol';

export type { FromWorker, ModelWeights, TrainConfig, TrainDataset, TrainResults, WeightInitName } from './protocol';
export type { OptimizerName } from '../engine';
export type { Activation } from './mlpShape';

/** A worker message, or the worker itself failing (a script error, or it stopped answering). */
export type TrainerEvent = FromWorker | { readonly type: 'worker/crashed'; readonly message: string };

/** The set of message types the page accepts from the worker (checked at the boundary). */
const fromWorkerTypes: Record<FromWorker['type'], true> = {
  'data/progress': true,
  'train/started': true,
  'train/progress': true,
  'train/epoch': true,
  'train/paused': true,
  'train/resumed': true,
  'train/done': true,
  'train/diverged': true,
  'train/error': true,
};

function isFromWorker(data: unknown): data is FromWorker {
  const type = typeof data === 'object' && data !== null ? (data as { type?: unknown }).type : undefined;
  return typeof type === 'string' && type in fromWorkerTypes;
}

/** Creates the training worker; a separate function so tests and the bench can find the one place. */
export function createTrainerWorker(): Worker {
  return new Worker(new URL('./trainer.worker.ts', import.meta.url), { type: 'module' });
}

export class TrainerClient {
  private worker: Worker | null = null;

  constructor(private readonly onEvent: (event: TrainerEvent) => void) {}

  private send(msg: ToWorker): void {
    this.worker?.postMessage(msg);
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const w = createTrainerWorker();
    w.onmessage = (e: MessageEvent) => {
      if (isFromWorker(e.data)) this.onEvent(e.data);
      else this.crashed('the trainer sent a message the page does not understand');
    };
    w.onerror = (e: ErrorEvent) => {
      e.preventDefault();
      this.crashed(e.message || 'the training worker failed to start or crashed');
    };
    w.onmessageerror = () => this.crashed('a message from the training worker could not be read');
    this.worker = w;
    return w;
  }

  private crashed(message: string): void {
    this.dispose();
    this.onEvent({ type: 'worker/crashed', message });
  }

  /** Starts (or restarts) a run with this configuration. */
  start(config: TrainConfig): void {
    this.ensureWorker();
    this.send({ type: 'train/start', config });
  }

  pause(): void {
    this.send({ type: 'train/pause' });
  }

  resume(): void {
    this.send({ type: 'train/resume' });
  }

  stop(): void {
    this.send({ type: 'train/stop' });
  }

  /** Kills the worker at once (Reset, unmount); the next start makes a fresh one. */
  dispose(): void {
    this.worker?.terminate();
    this.worker = null;
  }

  get alive(): boolean {
    return this.worker !== null;
  }
}

/** Exhaustiveness helper re-exported for the widget's switch over TrainerEvent. */
export function unhandledEvent(event: never): never {
  return assertNever(event);
}
