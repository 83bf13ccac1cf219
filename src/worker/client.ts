// The main thread's side of the trainer: owns the module worker, sends typed commands, and turns
// worker messages, crashes and kills into one stream of events for the widget.
import { parseFromWorker } from './parseFromWorker';
import { assertNever, type FromWorker, type ToWorker, type TrainConfig } from './protocol';

export type {
  FromWorker,
  ModelWeights,
  TrainBackend,
  TrainConfig,
  TrainDataset,
  TrainResults,
  WeightInitName,
} from './protocol';
export { trainLimits } from './trainLimits';
export type { OptimizerName } from '../engine';
export type { Activation } from './mlpShape';

/** A worker message, or the worker itself failing (a script error, or it stopped answering). */
export type TrainerEvent = FromWorker | { readonly type: 'worker/crashed'; readonly message: string };

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
      const parsed = parseFromWorker(e.data);
      if (parsed.ok) this.onEvent(parsed.msg);
      else this.crashed(`the trainer sent a message the page cannot use: ${parsed.error}`);
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
