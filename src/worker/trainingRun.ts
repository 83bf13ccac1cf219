// One training run, independent of where it runs (worker, main thread, bench): fixed-size shuffled
// mini-batches over the training set, per-epoch evaluation, and the end-of-run results.
import {
  argmaxRowsInPlace,
  createOptimizer,
  createRng,
  FastMlp,
  initStd,
  MNIST_CLASSES,
  MNIST_PIXELS,
  scalePixelsInPlace,
  WasmMlp,
  type LabelBuffer,
  type ParamwiseOptimizer,
  type Rng,
  type WasmKernels,
} from '../engine';
import { sliceOf, type GradientTeam } from './gradientShare';
import type { ModelWeights, TrainConfig, TrainResults, WeightInitName } from './protocol';

/** Images (count × 784 bytes) and labels of one split. */
export interface SplitBytes {
  readonly count: number;
  readonly images: Uint8Array;
  readonly labels: Uint8Array;
}

const D = MNIST_PIXELS;
const K = MNIST_CLASSES;
/** The book's fixed initial standard deviation (weight_init_std = 0.01), the 'small' init. */
const SMALL_INIT_STD = 0.01;
/** Training accuracy is measured on this many training images (the first ones), to keep epochs quick. */
export const TRAIN_EVAL_COUNT = 10_000;
const MAX_WRONG = 24;
/** A mean cross-entropy above this counts as diverged: chance level is ln 10 ≈ 2.30, and 100 means the
 * true class got probability e⁻¹⁰⁰. (A huge learning rate often kills every ReLU before reaching NaN.) */
export const DIVERGED_LOSS = 100;

/** NaN, ±∞, or a loss far beyond any sensible value. */
export function isDiverged(loss: number): boolean {
  return !Number.isFinite(loss) || loss > DIVERGED_LOSS;
}

/** W (fanIn, fanOut) ~ N(0, std²): He √(2/n) for ReLU, Xavier √(1/n) for sigmoid, or the book's 0.01. */
export function initialParams(sizes: readonly number[], init: WeightInitName, rng: Rng): Float32Array[] {
  const params: Float32Array[] = [];
  for (let l = 1; l < sizes.length; l++) {
    const [fanIn, fanOut] = [sizes[l - 1] ?? 1, sizes[l] ?? 1];
    const std = initStd(init === 'small' ? SMALL_INIT_STD : init, fanIn);
    params.push(
      Float32Array.from({ length: fanIn * fanOut }, () => rng.normal(0, std)),
      new Float32Array(fanOut),
    );
  }
  return params;
}

export class TrainingRun {
  /** FastMlp (TypeScript) or, given kernels, WasmMlp with both splits and the optimizer in wasm memory. */
  readonly net: FastMlp | WasmMlp;
  readonly stepsPerEpoch: number;
  readonly totalSteps: number;
  step = 0;
  private readonly optimizer: ParamwiseOptimizer;
  private readonly rng: Rng;
  private readonly order: Int32Array;
  private readonly x: Float32Array;
  private readonly batchLabels: Int32Array;
  private readonly labelBuffer: LabelBuffer;
  private readonly evalX: Float32Array;
  private readonly testPredicted: Uint8Array;
  private readonly evalPredicted: Int32Array;
  private lastTestAcc = 0;

  constructor(
    readonly config: TrainConfig,
    readonly train: SplitBytes,
    readonly test: SplitBytes,
    kernels: WasmKernels | null = null,
    /** Helpers that compute slices of each batch (WebAssembly only); null trains on one thread. */
    private readonly team: GradientTeam | null = null,
  ) {
    const sizes = [D, ...config.hidden, K];
    this.rng = createRng(config.seed);
    const batch = Math.min(config.batchSize, train.count);
    const params = initialParams(sizes, config.weightInit, this.rng);
    const optimizer = { name: config.optimizer, lr: config.learningRate };
    this.net = kernels
      ? new WasmMlp(kernels, sizes, config.activation, batch, params, { optimizer, train, test })
      : new FastMlp(sizes, config.activation, batch, params);
    this.optimizer = createOptimizer(config.optimizer, config.learningRate);
    // Each epoch visits floor(N / batch) full batches of a fresh permutation (the rest waits for the next one).
    this.stepsPerEpoch = Math.max(1, Math.floor(train.count / batch));
    const all = this.stepsPerEpoch * config.epochs;
    this.totalSteps = config.maxSteps > 0 ? Math.min(config.maxSteps, all) : all;
    this.order = Int32Array.from({ length: train.count }, (_, i) => i);
    // Staging buffers for the TypeScript path only (WasmMlp reads the resident splits itself).
    this.x = new Float32Array(kernels ? 0 : batch * D);
    this.batchLabels = new Int32Array(batch);
    this.labelBuffer = { kind: 'index', data: this.batchLabels };
    this.evalX = new Float32Array(kernels ? 0 : this.net.evalRows * D);
    this.testPredicted = new Uint8Array(test.count);
    this.evalPredicted = new Int32Array(this.net.evalRows);
  }

  get batchSize(): number {
    return this.batchLabels.length;
  }

  get done(): boolean {
    return this.step >= this.totalSteps;
  }

  /** True right after the last step of an epoch (or of the run). */
  get atEpochEnd(): boolean {
    return this.step > 0 && (this.step % this.stepsPerEpoch === 0 || this.done);
  }

  get epoch(): number {
    return Math.ceil(this.step / this.stepsPerEpoch);
  }

  private shuffle(): void {
    const o = this.order;
    for (let i = o.length - 1; i > 0; i--) {
      const j = this.rng.int(i + 1);
      const t = o[i] ?? 0;
      o[i] = o[j] ?? 0;
      o[j] = t;
    }
  }

  /** One mini-batch step; returns its loss (NaN or ±∞ means the run diverged). Allocates nothing. */
  trainStep(): number {
    const within = this.step % this.stepsPerEpoch;
    if (within === 0) this.shuffle();
    const n = this.batchSize;
    const net = this.net;
    let loss: number;
    if (net instanceof WasmMlp) {
      // The batch is gathered and scaled inside wasm from the resident training set; the update runs there too.
      const team = this.team;
      if (team) {
        // Data parallel: the helpers take slices 1…N−1 while this thread computes slice 0.
        team.share.publish(net.params, this.order, within * n, n);
        team.begin();
        const own = sliceOf(n, team.share.workers, 0);
        const ownLoss = net.stepOnRows(this.order, within * n + own.start, own.count);
        team.end();
        loss = team.share.combine(net.grads, ownLoss);
      } else loss = net.stepOnRows(this.order, within * n, n);
      net.update();
    } else {
      const { images, labels } = this.train;
      for (let r = 0; r < n; r++) {
        const row = this.order[within * n + r] ?? 0;
        scalePixelsInPlace(images, row * D, D, this.x, r * D);
        this.batchLabels[r] = labels[row] ?? 0;
      }
      loss = net.step(this.x, this.labelBuffer, n);
      this.optimizer.updateArrays(net.params, net.grads);
    }
    this.step++;
    return loss;
  }

  /** Fraction of the first `count` images of a split classified correctly; writes predictions if given. */
  private accuracy(name: 'train' | 'test', count: number, predicted?: Uint8Array): number {
    const split = this[name];
    const net = this.net;
    let correct = 0;
    for (let start = 0; start < count; start += net.evalRows) {
      const n = Math.min(net.evalRows, count - start);
      let probs: Float32Array;
      if (net instanceof WasmMlp) probs = net.probabilitiesOfSplit(name, start, n);
      else {
        scalePixelsInPlace(split.images, start * D, n * D, this.evalX);
        probs = net.probabilities(this.evalX, n);
      }
      argmaxRowsInPlace(probs, n, K, this.evalPredicted);
      for (let r = 0; r < n; r++) {
        const best = this.evalPredicted[r] ?? 0;
        if (predicted) predicted[start + r] = best;
        if (best === split.labels[start + r]) correct++;
      }
    }
    return count === 0 ? 0 : correct / count;
  }

  /** Train accuracy (on the first TRAIN_EVAL_COUNT training images) and test accuracy (all test images). */
  evaluate(): { trainAcc: number; testAcc: number } {
    const trainAcc = this.accuracy('train', Math.min(TRAIN_EVAL_COUNT, this.train.count));
    this.lastTestAcc = this.accuracy('test', this.test.count, this.testPredicted);
    return { trainAcc, testAcc: this.lastTestAcc };
  }

  /** Confusion matrix and misclassified examples from the last evaluate(). */
  results(): TrainResults {
    const confusion = new Int32Array(K * K);
    const wrong: number[] = [];
    for (let i = 0; i < this.test.count; i++) {
      const t = this.test.labels[i] ?? 0;
      const p = this.testPredicted[i] ?? 0;
      confusion[t * K + p] = (confusion[t * K + p] ?? 0) + 1;
      if (p !== t && wrong.length < MAX_WRONG) wrong.push(i);
    }
    const wrongPixels = new Uint8Array(wrong.length * D);
    wrong.forEach((i, w) => wrongPixels.set(this.test.images.subarray(i * D, (i + 1) * D), w * D));
    return {
      confusion,
      wrongPixels,
      wrongPredicted: Uint8Array.from(wrong, (i) => this.testPredicted[i] ?? 0),
      wrongLabels: Uint8Array.from(wrong, (i) => this.test.labels[i] ?? 0),
    };
  }

  /** A copy of the weights (safe to transfer). */
  model(): ModelWeights {
    const { config } = this;
    return {
      sizes: this.net.sizes,
      activation: config.activation,
      dataset: config.dataset,
      params: this.net.params.map((p) => p.slice()),
      testAccuracy: this.lastTestAcc,
    };
  }
}
