// The Backend interface on the wasm kernels, one call at a time: each call copies its float32 inputs
// into a fixed scratch memory, runs the kernel there and copies the result out. That copying makes it
// the general-purpose path (any op of the engine, and the kernels' tests); the trainer's step avoids
// it by keeping everything resident (wasmMlp.ts). Whatever the kernels do not cover — float64, a
// broadcast other than a row bias, reductions, transposes, inputs larger than the scratch — falls back
// to the TypeScript backend per call, so every op still works.
import type { FloatArray } from '../../dtype';
import type { Shape } from '../../shape';
import type { Backend, BinaryKernel, LabelBuffer, UnaryKernel } from '../backendTypes';
import { cpuBackend } from '../cpuBackend';
import { instantiateKernels, KERNEL_HEAP_START, type WasmKernels } from './wasmKernels';

/** Float32 inputs only: the kernels compute in float32 (float64 stays exact on the TypeScript side). */
function f32(...xs: FloatArray[]): boolean {
  return xs.every((x) => x instanceof Float32Array);
}

function sameShape(a: Shape, b: Shape): boolean {
  return a.length === b.length && a.every((d, i) => d === b[i]);
}

/** b is a row vector broadcast over the rows of a (cols) or (1, cols), and a already has out's shape. */
function isRowBias(aShape: Shape, bShape: Shape, outShape: Shape): boolean {
  const cols = outShape[outShape.length - 1] ?? 0;
  const bRow = bShape.length === 1 ? bShape[0] === cols : bShape.length === 2 && bShape[0] === 1 && bShape[1] === cols;
  return outShape.length === 2 && sameShape(aShape, outShape) && bRow;
}

/** A Backend running on the wasm kernels with scratchBytes of scratch memory (default 16 MB). */
export function createWasmBackend(kernels: WasmKernels, scratchBytes = 16 << 20): Backend {
  const { exports: k, memory } = instantiateKernels(kernels, scratchBytes);
  const heap = new Float32Array(memory.buffer);
  const ints = new Int32Array(memory.buffer);
  const limit = KERNEL_HEAP_START + scratchBytes;
  let top = KERNEL_HEAP_START;

  /** Scratch for one call: a bump pointer reset at the start of every call. */
  const reset = () => (top = KERNEL_HEAP_START);
  const take = (floats: number): number => {
    const at = top;
    top += Math.ceil((floats * 4) / 64) * 64;
    return at;
  };
  const fits = (floats: number): boolean => KERNEL_HEAP_START + floats * 4 + 64 * 8 <= limit;
  const put = (x: ArrayLike<number>, at: number) => heap.set(x, at >> 2);
  const get = (at: number, out: FloatArray, n = out.length) => out.set(heap.subarray(at >> 2, (at >> 2) + n));

  function gemm(
    a: FloatArray,
    b: FloatArray,
    out: FloatArray,
    m: number,
    kk: number,
    n: number,
    strides: [number, number, number, number],
  ): boolean {
    if (!f32(a, b, out)) return false;
    const work = k.gemmWorkBytes(m, kk, n) / 4;
    if (!fits(m * kk + kk * n + m * n + work)) return false;
    reset();
    const [pa, pb, pc, pw] = [take(m * kk), take(kk * n), take(m * n), take(work)];
    put(a.subarray(0, m * kk), pa);
    put(b.subarray(0, kk * n), pb);
    k.gemm(pa, strides[0], strides[1], pb, strides[2], strides[3], pc, m, kk, n, pw);
    get(pc, out, m * n);
    return true;
  }

  /** Copies labels in (i32 class indices, or one-hot float32 rows); null if they are neither. */
  function putLabels(labels: LabelBuffer, n: number, kk: number): { at: number; index: boolean } | null {
    if (labels.kind === 'index') {
      const at = take(n);
      for (let r = 0; r < n; r++) ints[(at >> 2) + r] = labels.data[r] ?? 0;
      return { at, index: true };
    }
    if (!f32(labels.data)) return null;
    const at = take(n * kk);
    put(labels.data.subarray(0, n * kk), at);
    return { at, index: false };
  }

  return {
    name: `wasm (${kernels.flavour})`,
    unaryInPlace(op: UnaryKernel, x: FloatArray, out: FloatArray, p?: number) {
      if (op !== 'relu' || !f32(x, out) || !fits(x.length)) return cpuBackend.unaryInPlace(op, x, out, p);
      reset();
      const px = take(x.length);
      put(x, px);
      k.reluForward(px, px, x.length);
      get(px, out, x.length);
    },
    binaryInPlace(
      op: BinaryKernel,
      a: FloatArray,
      aShape: Shape,
      b: FloatArray,
      bShape: Shape,
      out: FloatArray,
      outShape: Shape,
    ) {
      const elementwise =
        (op === 'reluBackward' || op === 'sigmoidBackward') &&
        sameShape(aShape, outShape) &&
        sameShape(bShape, outShape);
      const bias = op === 'add' && isRowBias(aShape, bShape, outShape);
      if ((!elementwise && !bias) || !f32(a, b, out) || !fits(a.length + b.length)) {
        return cpuBackend.binaryInPlace(op, a, aShape, b, bShape, out, outShape);
      }
      reset();
      const [pa, pb] = [take(a.length), take(b.length)];
      put(a, pa);
      put(b, pb);
      if (bias) k.biasActivation(pa, pb, outShape[0] ?? 0, outShape[1] ?? 0, 0);
      else if (op === 'reluBackward') k.reluBackward(pa, pb, pa, a.length);
      else k.sigmoidBackward(pa, pb, pa, a.length);
      get(pa, out, a.length);
    },
    matmulInPlace(a, b, out, m, kk, n) {
      if (!gemm(a, b, out, m, kk, n, [kk, 1, n, 1])) cpuBackend.matmulInPlace(a, b, out, m, kk, n);
    },
    matmulTransAInPlace(a, b, out, m, kk, n) {
      if (!gemm(a, b, out, m, kk, n, [1, m, n, 1])) cpuBackend.matmulTransAInPlace(a, b, out, m, kk, n);
    },
    matmulTransBInPlace(a, b, out, m, kk, n) {
      if (!gemm(a, b, out, m, kk, n, [kk, 1, 1, kk])) cpuBackend.matmulTransBInPlace(a, b, out, m, kk, n);
    },
    reduceInPlace: cpuBackend.reduceInPlace,
    transposeInPlace: cpuBackend.transposeInPlace,
    softmaxInPlace(x, outer, len, inner, out) {
      if (inner !== 1 || !f32(x, out) || !fits(2 * outer * len))
        return cpuBackend.softmaxInPlace(x, outer, len, inner, out);
      reset();
      const [px, po] = [take(outer * len), take(outer * len)];
      put(x.subarray(0, outer * len), px);
      k.softmaxRows(px, outer, len, po);
      get(po, out, outer * len);
    },
    softmaxCrossEntropyInPlace(x, labels, n, kk, probs) {
      if (!f32(x, probs) || !fits(3 * n * kk + n))
        return cpuBackend.softmaxCrossEntropyInPlace(x, labels, n, kk, probs);
      reset();
      const [px, pp] = [take(n * kk), take(n * kk)];
      const t = putLabels(labels, n, kk);
      if (!t) return cpuBackend.softmaxCrossEntropyInPlace(x, labels, n, kk, probs);
      put(x.subarray(0, n * kk), px);
      const loss = t.index
        ? k.softmaxCrossEntropyIndex(px, t.at, n, kk, pp)
        : k.softmaxCrossEntropyOneHot(px, t.at, n, kk, pp);
      get(pp, probs, n * kk);
      return loss;
    },
    softmaxCrossEntropyBackwardInPlace(y, labels, n, kk, dout, out) {
      if (!f32(y, out) || !fits(3 * n * kk + n))
        return cpuBackend.softmaxCrossEntropyBackwardInPlace(y, labels, n, kk, dout, out);
      reset();
      const py = take(n * kk);
      const t = putLabels(labels, n, kk);
      if (!t) return cpuBackend.softmaxCrossEntropyBackwardInPlace(y, labels, n, kk, dout, out);
      put(y.subarray(0, n * kk), py);
      if (t.index) k.softmaxCrossEntropyBackwardIndex(py, t.at, n, kk, dout / n, py);
      else k.softmaxCrossEntropyBackwardOneHot(py, t.at, n, kk, dout / n, py);
      get(py, out, n * kk);
    },
    axpyInPlace(alpha, x, y) {
      if (!f32(x, y) || !fits(x.length + y.length)) return cpuBackend.axpyInPlace(alpha, x, y);
      reset();
      const [px, py] = [take(x.length), take(y.length)];
      put(x, px);
      put(y, py);
      k.axpy(alpha, px, py, y.length);
      get(py, y);
    },
  };
}
