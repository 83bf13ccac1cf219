// The kernel interface every backend implements. Only types live here, so a backend (the CPU one, the
// WebAssembly one) and the holder of the current backend can all import it without an import cycle.
import type { FloatArray } from '../dtype';
import type { Shape } from '../shape';

/** Elementwise functions of one input: y = f(x), with p the exponent of pow. */
export type UnaryKernel = 'neg' | 'exp' | 'log' | 'relu' | 'sigmoid' | 'tanh' | 'step' | 'pow';

/**
 * Elementwise functions of two inputs with broadcasting: out = f(a, b).
 * The *Backward ones are fused local derivatives: reluBackward(dy, x) = dy·[x>0],
 * sigmoidBackward(dy, y) = dy·y·(1−y), tanhBackward(dy, y) = dy·(1−y²); eq gives 1 where a = b.
 */
export type BinaryKernel = 'add' | 'sub' | 'mul' | 'div' | 'eq' | 'reluBackward' | 'sigmoidBackward' | 'tanhBackward';

/** Reductions along one axis, seen as an (outer, len, inner) block. */
export type ReduceKernel = 'sum' | 'max';

/** Class labels as a kernel sees them: one-hot rows (N·K numbers) or one class index per row (N). */
export type LabelBuffer =
  { readonly kind: 'oneHot'; readonly data: FloatArray } | { readonly kind: 'index'; readonly data: ArrayLike<number> };

/** The kernels a backend provides; every method writes into `out` and allocates nothing. */
export interface Backend {
  readonly name: string;
  /** out[i] = f(x[i]) (p: exponent for pow); x and out have the same length and may be the same buffer. */
  unaryInPlace(op: UnaryKernel, x: FloatArray, out: FloatArray, p?: number): void;
  /** out = f(a, b) with numpy broadcasting of aShape and bShape to outShape. */
  binaryInPlace(
    op: BinaryKernel,
    a: FloatArray,
    aShape: Shape,
    b: FloatArray,
    bShape: Shape,
    out: FloatArray,
    outShape: Shape,
  ): void;
  /** out (m,n) = A (m,k) · B (k,n). */
  matmulInPlace(a: FloatArray, b: FloatArray, out: FloatArray, m: number, k: number, n: number): void;
  /** out (m,n) = Aᵀ · B with A stored as (k,m), B (k,n): dW = Xᵀ·dY without a transposed copy. */
  matmulTransAInPlace(a: FloatArray, b: FloatArray, out: FloatArray, m: number, k: number, n: number): void;
  /** out (m,n) = A · Bᵀ with A (m,k), B stored as (n,k): dX = dY·Wᵀ without a transposed copy. */
  matmulTransBInPlace(a: FloatArray, b: FloatArray, out: FloatArray, m: number, k: number, n: number): void;
  /** out (outer, inner) = reduce over the middle axis of x seen as (outer, len, inner). */
  reduceInPlace(op: ReduceKernel, x: FloatArray, outer: number, len: number, inner: number, out: FloatArray): void;
  /** Stable softmax over the middle axis of (outer, len, inner): exp(x − max) / Σ exp(x − max). */
  softmaxInPlace(x: FloatArray, outer: number, len: number, inner: number, out: FloatArray): void;
  /** out = x with its axes permuted: out.shape[i] = shape[perm[i]]. */
  transposeInPlace(x: FloatArray, shape: Shape, perm: readonly number[], out: FloatArray): void;
  /** probs (n,k) = softmax of the rows of x; returns the mean cross-entropy −Σ t·log(probs) / n. */
  softmaxCrossEntropyInPlace(x: FloatArray, labels: LabelBuffer, n: number, k: number, probs: FloatArray): number;
  /** out (n,k) = (y − t) / n · dout: the gradient of softmax + cross-entropy with respect to the logits. */
  softmaxCrossEntropyBackwardInPlace(
    y: FloatArray,
    labels: LabelBuffer,
    n: number,
    k: number,
    dout: number,
    out: FloatArray,
  ): void;
  /** y += alpha · x (the SGD step p −= lr·g is axpy with alpha = −lr). */
  axpyInPlace(alpha: number, x: FloatArray, y: FloatArray): void;
}
