// Every message between the page and the training worker, as discriminated unions. Both sides handle
// them with exhaustive switches (assertNever), so adding a message is a compile error until handled.
import type { Activation } from './mlpShape';
import type { OptimizerName } from '../engine';

/** The data sets the trainer can load. */
export const trainDatasets = ['mnist', 'fashion'] as const;
export type TrainDataset = (typeof trainDatasets)[number];
/** He √(2/n) for ReLU, Xavier √(1/n) for sigmoid, or the book's fixed 0.01. */
export const weightInitNames = ['he', 'xavier', 'small'] as const;
export type WeightInitName = (typeof weightInitNames)[number];
/** The arithmetic a run uses: WebAssembly relaxed SIMD (with FMA), plain WebAssembly SIMD, or TypeScript. */
export const trainBackends = ['wasm-relaxed', 'wasm-simd', 'js'] as const;
export type TrainBackend = (typeof trainBackends)[number];

/** Everything that defines a training run. */
export interface TrainConfig {
  readonly dataset: TrainDataset;
  /** Hidden layer sizes; [] is softmax regression (no hidden layer). */
  readonly hidden: readonly number[];
  readonly activation: Activation;
  readonly optimizer: OptimizerName;
  readonly learningRate: number;
  readonly batchSize: number;
  readonly epochs: number;
  /** Stop after this many steps (the book's recipe counts iterations); 0 = run all epochs. */
  readonly maxSteps: number;
  readonly weightInit: WeightInitName;
  readonly seed: number;
  /** Workers that split each mini-batch (1 = the trainer alone); more need cross-origin isolation. */
  readonly workers: number;
}

/** A trained model's weights: W1, b1, W2, b2, … as float32 (sent as transferable buffers). */
export interface ModelWeights {
  readonly sizes: readonly number[];
  readonly activation: Activation;
  readonly dataset: TrainDataset;
  readonly params: Float32Array[];
  readonly testAccuracy: number;
}

/** What the run shows once it ends. */
export interface TrainResults {
  /** confusion[true·10 + predicted] on the test set. */
  readonly confusion: Int32Array;
  /** Misclassified test images: 784 bytes each, with their predicted and true labels. */
  readonly wrongPixels: Uint8Array;
  readonly wrongPredicted: Uint8Array;
  readonly wrongLabels: Uint8Array;
}

export type ToWorker =
  | { readonly type: 'train/start'; readonly config: TrainConfig }
  | { readonly type: 'train/pause' }
  | { readonly type: 'train/resume' }
  | { readonly type: 'train/stop' };

export type FromWorker =
  | { readonly type: 'data/progress'; readonly loaded: number; readonly total: number }
  | {
      readonly type: 'train/started';
      readonly totalSteps: number;
      readonly stepsPerEpoch: number;
      readonly classes: readonly string[];
      readonly backend: TrainBackend;
      /** Why a faster backend is not used (a failed download or compile, no SIMD); '' when nothing failed. */
      readonly backendNote: string;
      /** Workers actually sharing each batch (1 when isolation, WebAssembly or the batch size rule out more). */
      readonly workers: number;
    }
  | {
      readonly type: 'train/progress';
      readonly step: number;
      /** Raw batch losses since the last progress message. */
      readonly losses: Float32Array;
      readonly samplesPerSec: number;
      /** Training time so far, pauses excluded. */
      readonly elapsedMs: number;
    }
  | {
      readonly type: 'train/epoch';
      readonly epoch: number;
      readonly step: number;
      readonly trainAcc: number;
      readonly testAcc: number;
    }
  | { readonly type: 'train/paused' }
  | { readonly type: 'train/resumed' }
  | {
      readonly type: 'train/done';
      readonly stopped: boolean;
      readonly model: ModelWeights;
      readonly results: TrainResults;
    }
  | { readonly type: 'train/diverged'; readonly step: number; readonly loss: number }
  | { readonly type: 'train/error'; readonly message: string };

/** For exhaustive switches: a message type nobody handles fails to compile here. */
export function assertNever(x: never): never {
  throw new Error(`unhandled message ${JSON.stringify(x)}`);
}

/** The transferable buffers of a message (weights and results), so they move instead of being copied. */
export function transferablesOf(msg: FromWorker): ArrayBuffer[] {
  switch (msg.type) {
    case 'train/progress':
      return [msg.losses.buffer as ArrayBuffer];
    case 'train/done':
      return [
        ...msg.model.params.map((p) => p.buffer as ArrayBuffer),
        msg.results.confusion.buffer as ArrayBuffer,
        msg.results.wrongPixels.buffer as ArrayBuffer,
        msg.results.wrongPredicted.buffer as ArrayBuffer,
        msg.results.wrongLabels.buffer as ArrayBuffer,
      ];
    case 'data/progress':
    case 'train/started':
    case 'train/epoch':
    case 'train/paused':
    case 'train/resumed':
    case 'train/diverged':
    case 'train/error':
      return [];
    default:
      return assertNever(msg);
  }
}
