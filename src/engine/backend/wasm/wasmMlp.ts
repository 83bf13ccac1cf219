// The MNIST trainer's training step with every buffer resident in one WebAssembly memory: weights,
// gradients, optimizer state, activations, the mini-batch and (optionally) the whole data set as
// bytes. A step copies nothing but the batch's row numbers; the same math as FastMlp (a test holds
// them equal to float rounding), and the same surface, so the worker can swap one for the other.
//   forward:  zₗ = aₗ₋₁·Wₗ + bₗ,  aₗ = f(zₗ)           (a₀ = x, (n, sizes[0]))
//   backward: δ_L = (softmax − onehot)/n;  dWₗ = aₗ₋₁ᵀ·δₗ;  dbₗ = Σₙ δₗ;  δₗ₋₁ = (δₗ·Wₗᵀ) ⊙ f'(aₗ₋₁)
import type { LabelBuffer } from '../backendTypes';
import type { Activation } from '../../nets/multiLayerNet';
import { Adam } from '../../optim/adam';
import { createOptimizer, type OptimizerName } from '../../optim/createOptimizer';
import { Momentum } from '../../optim/momentum';
import type { KernelExports } from './kernelExports';
import { planMlpLayout, type MlpLayout, type RowSlots } from './mlpLayout';
import { instantiateKernels, type KernelFlavour, type WasmKernels } from './wasmKernels';

/** Images (count × sizes[0] bytes, 0–255) and their labels, as the trainer's data loader gives them. */
export interface ImageSplit {
  readonly count: number;
  readonly images: Uint8Array;
  readonly labels: Uint8Array;
}

export interface WasmMlpOptions {
  /** Rows per evaluation chunk (default 1000). */
  readonly evalRows?: number;
  /** The update rule run by update(), with the book's other constants (momentum 0.9, Adam β 0.9/0.999). */
  readonly optimizer?: { readonly name: OptimizerName; readonly lr: number };
  /** Data sets to keep resident, for stepOnRows and probabilitiesOfSplit. */
  readonly train?: ImageSplit;
  readonly test?: ImageSplit;
}

const ACT_NONE = 0;
const ACT_CODE: Record<Activation, number> = { relu: 1, sigmoid: 2 };
const STATE_ARRAYS: Record<OptimizerName, number> = { sgd: 0, momentum: 1, adagrad: 1, adam: 2 };

/** An MLP sizes[0] → … → sizes[L] trained inside one fixed WebAssembly memory. */
export class WasmMlp {
  /** Wₗ (sizes[l−1], sizes[l]) and bₗ as views on the memory (valid for the whole run: it never grows). */
  readonly W: Float32Array[];
  readonly b: Float32Array[];
  readonly dW: Float32Array[];
  readonly db: Float32Array[];
  /** W1, b1, W2, b2, … (the model file's order) and their gradients. */
  readonly params: readonly Float32Array[];
  readonly grads: readonly Float32Array[];
  readonly flavour: KernelFlavour;
  /** Bytes of the run's memory. */
  readonly memoryBytes: number;
  private readonly k: KernelExports;
  private readonly layout: MlpLayout;
  private readonly heap: Float32Array;
  private readonly ints: Int32Array;
  private readonly bytes: Uint8Array;
  private readonly optimizer: WasmMlpOptions['optimizer'];
  private readonly momentum: number;
  private readonly betas: readonly [number, number];
  private iter = 0;

  constructor(
    kernels: WasmKernels,
    readonly sizes: readonly number[],
    readonly activation: Activation,
    readonly batchSize: number,
    params: readonly Float32Array[],
    options: WasmMlpOptions = {},
  ) {
    const L = sizes.length - 1;
    if (L < 1 || sizes.some((s) => !Number.isInteger(s) || s < 1))
      throw new Error(`WasmMlp: bad layer sizes ${sizes.join('-')}`);
    if (params.length !== 2 * L) throw new Error(`WasmMlp: expected ${2 * L} parameter arrays, got ${params.length}`);
    const D = sizes[0] ?? 0;
    for (const split of [options.train, options.test]) {
      if (split && (split.images.length < split.count * D || split.labels.length < split.count))
        throw new Error('WasmMlp: a data set is shorter than its count');
    }
    const probe = instantiateKernels(kernels, 0).exports;
    this.layout = planMlpLayout({
      sizes,
      batch: batchSize,
      evalRows: options.evalRows ?? 1000,
      stateArrays: options.optimizer ? STATE_ARRAYS[options.optimizer.name] : 0,
      splitCounts: { train: options.train?.count ?? 0, test: options.test?.count ?? 0 },
      workBytes: (m, kk, n) => probe.gemmWorkBytes(m, kk, n),
    });
    const instance = instantiateKernels(kernels, this.layout.bytes);
    this.k = instance.exports;
    this.flavour = kernels.flavour;
    this.memoryBytes = instance.memory.buffer.byteLength;
    this.heap = new Float32Array(instance.memory.buffer);
    this.ints = new Int32Array(instance.memory.buffer);
    this.bytes = new Uint8Array(instance.memory.buffer);
    const view = (at: number, n: number) => this.heap.subarray(at >> 2, (at >> 2) + n);
    const layers = this.layout.layers;
    this.W = layers.map((s) => view(s.W, s.inSize * s.outSize));
    this.b = layers.map((s) => view(s.b, s.outSize));
    this.dW = layers.map((s) => view(s.dW, s.inSize * s.outSize));
    this.db = layers.map((s) => view(s.db, s.outSize));
    this.params = this.W.flatMap((w, l) => [w, this.b[l] ?? w]);
    this.grads = this.dW.flatMap((w, l) => [w, this.db[l] ?? w]);
    params.forEach((p, i) => {
      const target = this.params[i];
      if (!target || p.length !== target.length)
        throw new Error(`WasmMlp: parameter ${i} has ${p.length} numbers, the layer needs ${target?.length}`);
      target.set(p);
    });
    this.copySplit('train', options.train);
    this.copySplit('test', options.test);
    this.optimizer = options.optimizer;
    // The constants come from the TypeScript optimizers, so the two backends cannot disagree on them.
    const reference = options.optimizer ? createOptimizer(options.optimizer.name, options.optimizer.lr) : null;
    this.momentum = reference instanceof Momentum ? reference.momentum : 0;
    this.betas = reference instanceof Adam ? [reference.beta1, reference.beta2] : [0, 0];
  }

  private copySplit(name: 'train' | 'test', split: ImageSplit | undefined): void {
    const slots = this.layout.splits[name];
    if (!split || !slots) return;
    const D = this.sizes[0] ?? 0;
    const K = this.sizes[this.sizes.length - 1] ?? 0;
    // The kernels index rows of probabilities by these labels: one out of range would write past its row.
    for (let i = 0; i < split.count; i++)
      if ((split.labels[i] ?? 0) >= K)
        throw new Error(`WasmMlp: ${name} label ${split.labels[i]} at ${i} is not a class (0…${K - 1})`);
    this.bytes.set(split.images.subarray(0, split.count * D), slots.images);
    this.bytes.set(split.labels.subarray(0, split.count), slots.labels);
  }

  /** Runs the layers over rows of ws.x (already in memory); returns the logits' offset. */
  private forward(ws: RowSlots, n: number): number {
    const k = this.k;
    const L = this.layout.layers.length;
    let input = ws.x;
    for (let l = 1; l <= L; l++) {
      const s = this.layout.layers[l - 1];
      const z = ws.acts[l] ?? 0;
      if (!s) break;
      k.gemm(input, s.inSize, 1, s.W, s.outSize, 1, z, n, s.inSize, s.outSize, this.layout.work);
      k.biasActivation(z, s.b, n, s.outSize, l < L ? ACT_CODE[this.activation] : ACT_NONE);
      input = z;
    }
    return input;
  }

  /** Forward and backward on the training rows already in memory (x, labels); fills dW and db. */
  private stepResident(n: number, oneHot: boolean): number {
    const k = this.k;
    const t = this.layout.train;
    const layers = this.layout.layers;
    const L = layers.length;
    const K = this.sizes[L] ?? 0;
    const logits = this.forward(t, n);
    const dLast = t.deltas[L] ?? 0;
    const loss = oneHot
      ? k.softmaxCrossEntropyOneHot(logits, t.oneHot, n, K, t.probs)
      : k.softmaxCrossEntropyIndex(logits, t.labels, n, K, t.probs);
    if (oneHot) k.softmaxCrossEntropyBackwardOneHot(t.probs, t.oneHot, n, K, 1 / n, dLast);
    else k.softmaxCrossEntropyBackwardIndex(t.probs, t.labels, n, K, 1 / n, dLast);
    for (let l = L; l >= 1; l--) {
      const s = layers[l - 1];
      if (!s) break;
      const dz = t.deltas[l] ?? 0;
      const aPrev = l === 1 ? t.x : (t.acts[l - 1] ?? 0);
      // dW (in, out) = aPrevᵀ·δ: A = aPrev stored (n, in), so A(i,p) = aPrev[p·in + i].
      k.gemm(aPrev, 1, s.inSize, dz, s.outSize, 1, s.dW, s.inSize, n, s.outSize, this.layout.work);
      k.columnSums(dz, n, s.outSize, s.db);
      if (l === 1) break; // ∂L/∂x is never needed
      const da = t.deltas[l - 1] ?? 0;
      // δ·Wᵀ (n, in): B(p,j) = W[j·out + p].
      k.gemm(dz, s.outSize, 1, s.W, 1, s.outSize, da, n, s.outSize, s.inSize, this.layout.work);
      if (this.activation === 'relu') k.reluBackward(da, aPrev, da, n * s.inSize);
      else k.sigmoidBackward(da, aPrev, da, n * s.inSize);
    }
    return loss;
  }

  private checkRows(n: number, limit: number): void {
    if (!Number.isInteger(n) || n < 1 || n > limit) throw new Error(`WasmMlp: ${n} rows (1…${limit} allowed)`);
  }

  /** FastMlp's step: mean loss of n rows of x with their labels; fills dW and db. Copies x in. */
  step(x: Float32Array, labels: LabelBuffer, n: number): number {
    this.checkRows(n, this.batchSize);
    const t = this.layout.train;
    const D = this.sizes[0] ?? 0;
    const K = this.sizes[this.sizes.length - 1] ?? 0;
    this.heap.set(x.subarray(0, n * D), t.x >> 2);
    if (labels.kind === 'index') {
      for (let r = 0; r < n; r++) {
        const c = labels.data[r] ?? -1;
        if (!(Number.isInteger(c) && c >= 0 && c < K))
          throw new Error(`WasmMlp: label ${c} of row ${r} is not a class (0…${K - 1})`);
        this.ints[(t.labels >> 2) + r] = c;
      }
    } else this.heap.set(labels.data.subarray(0, n * K), t.oneHot >> 2);
    return this.stepResident(n, labels.kind === 'oneHot');
  }

  /** One step on rows[offset..offset+n−1] of the resident training set, gathered and scaled inside wasm. */
  stepOnRows(rows: Int32Array, offset: number, n: number): number {
    this.checkRows(n, this.batchSize);
    const split = this.layout.splits.train;
    if (!split) throw new Error('WasmMlp: no training set was given to the constructor');
    const t = this.layout.train;
    const at = t.rowList >> 2;
    for (let r = 0; r < n; r++) {
      const row = rows[offset + r] ?? -1;
      if (row < 0 || row >= split.count) throw new Error(`WasmMlp: row ${row} is outside the training set`);
      this.ints[at + r] = row; // copied one by one: a subarray per step would be garbage
    }
    this.k.gatherBatch(split.images, split.labels, this.sizes[0] ?? 0, t.rowList, n, t.x, t.labels);
    return this.stepResident(n, false);
  }

  /** One optimizer step on every parameter, inside wasm (the rule given to the constructor). */
  update(): void {
    const opt = this.optimizer;
    if (!opt) throw new Error('WasmMlp: no optimizer was given to the constructor');
    const k = this.k;
    this.iter++;
    const [b1, b2] = this.betas;
    // Adam's bias correction folded into the rate, as in the book: lrₜ = lr·√(1−β₂ᵗ)/(1−β₁ᵗ).
    const lrT = opt.name === 'adam' ? (opt.lr * Math.sqrt(1 - b2 ** this.iter)) / (1 - b1 ** this.iter) : 0;
    for (const s of this.layout.layers) {
      // j = 0: W and its state; j = 1: b and its state (state holds [W, b] pairs per state array).
      for (let j = 0; j < 2; j++) {
        const p = j === 0 ? s.W : s.b;
        const g = j === 0 ? s.dW : s.db;
        const len = j === 0 ? s.inSize * s.outSize : s.outSize;
        const st0 = s.state[j] ?? 0;
        const st1 = s.state[2 + j] ?? 0;
        if (opt.name === 'sgd') k.sgdUpdate(p, g, len, opt.lr);
        else if (opt.name === 'momentum') k.momentumUpdate(p, g, st0, len, opt.lr, this.momentum);
        else if (opt.name === 'adagrad') k.adaGradUpdate(p, g, st0, len, opt.lr);
        else k.adamUpdate(p, g, st0, st1, len, lrT, b1, b2);
      }
    }
  }

  private softmaxOf(n: number): Float32Array {
    const e = this.layout.evaluation;
    const K = this.sizes[this.sizes.length - 1] ?? 0;
    this.k.softmaxRows(this.forward(e, n), n, K, e.probs);
    return this.heap.subarray(e.probs >> 2, (e.probs >> 2) + n * K);
  }

  /** Class probabilities (n, K) for n ≤ evalRows rows of x, as a view valid until the next call. */
  probabilities(x: Float32Array, n: number): Float32Array {
    this.checkRows(n, this.evalRows);
    this.heap.set(x.subarray(0, n * (this.sizes[0] ?? 0)), this.layout.evaluation.x >> 2);
    return this.softmaxOf(n);
  }

  /** Probabilities for rows start..start+n−1 of a resident data set (scaled inside wasm). */
  probabilitiesOfSplit(name: 'train' | 'test', start: number, n: number): Float32Array {
    this.checkRows(n, this.evalRows);
    const split = this.layout.splits[name];
    if (!split || start < 0 || start + n > split.count)
      throw new Error(`WasmMlp: rows ${start}…${start + n} are not in the resident ${name} set`);
    this.k.scaleRows(split.images, this.sizes[0] ?? 0, start, n, this.layout.evaluation.x);
    return this.softmaxOf(n);
  }

  /** Rows per evaluation chunk. */
  get evalRows(): number {
    return this.layout.evaluation.rows;
  }
}
