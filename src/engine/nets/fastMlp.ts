// A fused training step for an MLP of any depth (Affine → activation → … → Affine → softmax-with-loss):
// the same math as MultiLayerNet (a unit test holds them equal), on flat float32 arrays with no layer
// objects or tensors, for the MNIST trainer's worker. The products run on the backend kernels (blocked
// matmul with zero skipping); every buffer is made once in the constructor, so a step allocates nothing.
//   forward:  zₗ = aₗ₋₁·Wₗ + bₗ,  aₗ = f(zₗ)           (a₀ = x, (n, sizes[0]))
//   backward: dz_L = (softmax − onehot)/n;  dWₗ = aₗ₋₁ᵀ·dzₗ;  dbₗ = Σₙ dzₗ;  dzₗ₋₁ = (dzₗ·Wₗᵀ) ⊙ f'(aₗ₋₁)
import { getBackend, type LabelBuffer } from '../backend/backend';
import type { Activation } from './multiLayerNet';

/** Per-row buffers for `rows` rows: activations per layer and the deltas of backward. */
class Workspace {
  readonly acts: Float32Array[];
  readonly deltas: Float32Array[];
  readonly probs: Float32Array;

  constructor(
    readonly rows: number,
    sizes: readonly number[],
    withBackward: boolean,
  ) {
    // acts[l] holds layer l's output (l = 1..L); acts[0] is a placeholder (the input is passed in).
    this.acts = sizes.map((s, l) => new Float32Array(l === 0 ? 0 : rows * s));
    this.deltas = sizes.map((s) => new Float32Array(withBackward ? rows * s : 0));
    this.probs = new Float32Array(rows * (sizes[sizes.length - 1] ?? 0));
  }
}

/** An MLP sizes[0] → … → sizes[L] (activation between layers) with a fused, allocation-free training step. */
export class FastMlp {
  /** Wₗ (sizes[l−1], sizes[l]) and bₗ (sizes[l]) for l = 1..L, stored at index l − 1. */
  readonly W: Float32Array[];
  readonly b: Float32Array[];
  readonly dW: Float32Array[];
  readonly db: Float32Array[];
  /** Parameters in the order W1, b1, W2, b2, … (the optimizers and the model file use this order). */
  readonly params: readonly Float32Array[];
  /** The gradients in the same order as params. */
  readonly grads: readonly Float32Array[];
  private readonly train: Workspace;
  private readonly evalSpace: Workspace;

  constructor(
    readonly sizes: readonly number[],
    readonly activation: Activation,
    batchSize: number,
    params: readonly Float32Array[],
    evalRows = 1000,
  ) {
    const L = sizes.length - 1;
    if (params.length !== 2 * L) throw new Error(`FastMlp: expected ${2 * L} parameter arrays, got ${params.length}`);
    this.W = [];
    this.b = [];
    for (let l = 1; l <= L; l++) {
      const [inS, outS] = [sizes[l - 1] ?? 0, sizes[l] ?? 0];
      const W = params[2 * (l - 1)];
      const b = params[2 * (l - 1) + 1];
      if (!W || W.length !== inS * outS || !b || b.length !== outS)
        throw new Error(`FastMlp: layer ${l} parameters do not fit ${inS}×${outS}`);
      this.W.push(W);
      this.b.push(b);
    }
    this.dW = this.W.map((w) => new Float32Array(w.length));
    this.db = this.b.map((v) => new Float32Array(v.length));
    this.params = this.W.flatMap((w, l) => [w, this.b[l] ?? new Float32Array(0)]);
    this.grads = this.dW.flatMap((w, l) => [w, this.db[l] ?? new Float32Array(0)]);
    this.train = new Workspace(batchSize, sizes, true);
    this.evalSpace = new Workspace(evalRows, sizes, false);
  }

  private forwardInto(ws: Workspace, x: Float32Array, n: number): Float32Array {
    const be = getBackend();
    const L = this.sizes.length - 1;
    let input = x;
    for (let l = 1; l <= L; l++) {
      const [inS, outS] = [this.sizes[l - 1] ?? 0, this.sizes[l] ?? 0];
      const z = ws.acts[l] ?? new Float32Array(0);
      const W = this.W[l - 1] ?? z;
      const b = this.b[l - 1] ?? z;
      be.matmulInPlace(input, W, z, n, inS, outS);
      const hidden = l < L;
      const relu = this.activation === 'relu';
      for (let r = 0; r < n; r++) {
        const row = r * outS;
        for (let j = 0; j < outS; j++) {
          const v = (z[row + j] ?? 0) + (b[j] ?? 0);
          // ReLU keeps NaN as NaN (v > 0 is false for NaN, and NaN·0 stays NaN), so divergence shows.
          z[row + j] = !hidden ? v : relu ? (v > 0 ? v : v * 0) : 1 / (1 + Math.exp(-v));
        }
      }
      input = z;
    }
    return input;
  }

  /** Mean loss of a batch (n ≤ batch size rows of x, labels as class indices); fills dW and db. */
  step(x: Float32Array, labels: LabelBuffer, n: number): number {
    const be = getBackend();
    const ws = this.train;
    const L = this.sizes.length - 1;
    const K = this.sizes[L] ?? 0;
    const logits = this.forwardInto(ws, x, n);
    const loss = be.softmaxCrossEntropyInPlace(logits, labels, n, K, ws.probs);
    be.softmaxCrossEntropyBackwardInPlace(ws.probs, labels, n, K, 1, ws.deltas[L] ?? ws.probs);
    for (let l = L; l >= 1; l--) {
      const [inS, outS] = [this.sizes[l - 1] ?? 0, this.sizes[l] ?? 0];
      const dz = ws.deltas[l] ?? ws.probs;
      const aPrev = l === 1 ? x : (ws.acts[l - 1] ?? x);
      const dW = this.dW[l - 1] ?? dz;
      const db = this.db[l - 1] ?? dz;
      be.matmulTransAInPlace(aPrev, dz, dW, inS, n, outS);
      db.fill(0);
      for (let r = 0; r < n; r++) for (let j = 0; j < outS; j++) db[j] = (db[j] ?? 0) + (dz[r * outS + j] ?? 0);
      if (l === 1) break; // ∂L/∂x is never needed
      const da = ws.deltas[l - 1] ?? dz;
      be.matmulTransBInPlace(dz, this.W[l - 1] ?? dW, da, n, outS, inS);
      const relu = this.activation === 'relu';
      for (let i = 0; i < n * inS; i++) {
        const a = aPrev[i] ?? 0;
        da[i] = relu ? (a > 0 ? (da[i] ?? 0) : 0) : (da[i] ?? 0) * a * (1 - a);
      }
    }
    return loss;
  }

  /** Class probabilities (n, K) for n ≤ evalRows rows of x, in a reused buffer. */
  probabilities(x: Float32Array, n: number): Float32Array {
    const ws = this.evalSpace;
    if (n > ws.rows) throw new Error(`FastMlp: ${n} rows exceed the evaluation buffer (${ws.rows})`);
    const logits = this.forwardInto(ws, x, n);
    const K = this.sizes[this.sizes.length - 1] ?? 0;
    getBackend().softmaxInPlace(logits, n, K, 1, ws.probs);
    return ws.probs;
  }

  /** Hidden activations are kept per row; the evaluation chunk size. */
  get evalRows(): number {
    return this.evalSpace.rows;
  }
}
