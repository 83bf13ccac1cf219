// The book's training loop on a small MNIST subset, one mini-batch step at a time:
// 1. pick a random mini-batch, 2. backprop the gradient, 3. update W ← W − η·∇W, 4. repeat.
import { createRng, SGD, Tensor, TwoLayerNet, type Rng } from '../../engine';

export const paramNames = ['W1', 'b1', 'W2', 'b2'] as const;
export type ParamName = (typeof paramNames)[number];

const PIXELS = 784;

/** Images (count × 784, in [0, 1]) with their labels. */
export interface LabelledImages {
  images: Float32Array;
  labels: Uint8Array;
  count: number;
}

export interface TrainerOptions {
  hidden: number;
  learningRate: number;
  batchSize: number;
  seed: number;
}

/** What one step did: its mini-batch, the loss and accuracy on it, and the size of each gradient. */
export interface StepRecord {
  readonly step: number;
  readonly batch: readonly number[];
  readonly loss: number;
  readonly batchAccuracy: number;
  readonly gradNorms: Readonly<Record<ParamName, number>>;
}

/** Accuracy on the whole training subset and on the test subset, after some step. */
export interface Evaluation {
  readonly step: number;
  readonly train: number;
  readonly test: number;
}

/** √Σ g²: how big a gradient is. */
export function norm(data: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < data.length; i++) s += (data[i] ?? 0) ** 2;
  return Math.sqrt(s);
}

/** A (count, 784) tensor over a split's images (no copy). */
function allImages(split: LabelledImages): Tensor {
  return new Tensor(split.images.subarray(0, split.count * PIXELS), [split.count, PIXELS]);
}

/** TwoLayerNet (784 → hidden → 10) trained with SGD on mini-batches drawn from the training subset. */
export class Trainer {
  readonly net: TwoLayerNet;
  private readonly rng: Rng;
  private readonly optimizer: SGD;
  private readonly batchImages: Float32Array;
  private readonly batchLabels: number[];
  private steps = 0;
  /** Set when a step produced a NaN or infinite loss or gradient; no more steps are taken. */
  diverged = false;

  constructor(
    private readonly train: LabelledImages,
    private readonly test: LabelledImages,
    readonly options: TrainerOptions,
  ) {
    this.rng = createRng(options.seed);
    this.net = new TwoLayerNet(PIXELS, options.hidden, 10, { weightInitStd: 0.01, rng: createRng(options.seed + 1) });
    this.optimizer = new SGD(options.learningRate);
    this.batchImages = new Float32Array(options.batchSize * PIXELS);
    this.batchLabels = new Array<number>(options.batchSize).fill(0);
  }

  /** A new learning rate takes effect from the next step; training goes on from where it is. */
  setLearningRate(lr: number): void {
    this.optimizer.lr = lr;
  }

  get stepCount(): number {
    return this.steps;
  }

  /** One pass of the four steps; returns null (and sets diverged) if the loss or a gradient stops being finite. */
  step(): StepRecord | null {
    if (this.diverged) return null;
    const { batchSize } = this.options;
    // 1. Mini-batch: batchSize random rows (with replacement, like np.random.choice).
    const batch = Array.from({ length: batchSize }, () => this.rng.int(this.train.count));
    batch.forEach((row, r) => {
      this.batchImages.set(this.train.images.subarray(row * PIXELS, (row + 1) * PIXELS), r * PIXELS);
      this.batchLabels[r] = this.train.labels[row] ?? 0;
    });
    const x = new Tensor(this.batchImages, [batchSize, PIXELS]);
    // 2. Gradient by backprop (its forward pass also gives the loss on this batch, before the update).
    const grads = this.net.gradient(x, this.batchLabels);
    const loss = this.net.lastLayer.loss;
    const gradNorms = Object.fromEntries(paramNames.map((k) => [k, norm(grads[k].data)])) as Record<ParamName, number>;
    if (!Number.isFinite(loss) || !paramNames.every((k) => Number.isFinite(gradNorms[k]))) {
      this.diverged = true;
      return null;
    }
    const batchAccuracy = this.net.accuracy(x, this.batchLabels);
    // 3. Update every parameter against its gradient.
    this.optimizer.update(this.net.params, grads);
    this.steps++;
    return { step: this.steps, batch, loss, batchAccuracy, gradNorms };
  }

  /** Accuracy on all training images and all test images. */
  evaluate(): Evaluation {
    return {
      step: this.steps,
      train: this.net.accuracy(allImages(this.train), this.train.labels.subarray(0, this.train.count)),
      test: this.net.accuracy(allImages(this.test), this.test.labels.subarray(0, this.test.count)),
    };
  }
}
