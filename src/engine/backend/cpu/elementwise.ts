// Plain loops for elementwise kernels. Broadcasting walks the output in row-major order and
// steps each input by its own strides, with stride 0 along the axes it is stretched over.
import type { FloatArray } from '../../dtype';
import type { Shape } from '../../shape';
import type { BinaryKernel, UnaryKernel } from '../backendTypes';

const UNARY: Record<UnaryKernel, (x: number, p: number) => number> = {
  neg: (x) => -x,
  exp: (x) => Math.exp(x),
  log: (x) => Math.log(x),
  relu: (x) => (x > 0 ? x : x === x ? 0 : x), // NaN stays NaN
  sigmoid: (x) => 1 / (1 + Math.exp(-x)),
  tanh: (x) => Math.tanh(x),
  step: (x) => (x > 0 ? 1 : x === x ? 0 : x),
  pow: (x, p) => x ** p,
};

const BINARY: Record<BinaryKernel, (a: number, b: number) => number> = {
  add: (a, b) => a + b,
  sub: (a, b) => a - b,
  mul: (a, b) => a * b,
  div: (a, b) => a / b,
  eq: (a, b) => (a === b ? 1 : 0),
  reluBackward: (dy, x) => (x > 0 ? dy : x === x ? 0 * dy : x),
  sigmoidBackward: (dy, y) => dy * (1 - y) * y,
  tanhBackward: (dy, y) => dy * (1 - y * y),
};

/** out[i] = f(x[i]). */
export function unaryInPlace(op: UnaryKernel, x: FloatArray, out: FloatArray, p = 1): void {
  const f = UNARY[op];
  for (let i = 0; i < x.length; i++) out[i] = f(x[i] ?? 0, p);
}

/** Strides of `shape` seen inside `outShape` (right-aligned), 0 where the size is 1 and gets stretched. */
function broadcastStrides(shape: Shape, outShape: Shape): Int32Array {
  const rank = outShape.length;
  const strides = new Int32Array(rank);
  let s = 1;
  for (let i = shape.length - 1; i >= 0; i--) {
    const d = shape[i] ?? 1;
    strides[rank - shape.length + i] = d === 1 ? 0 : s;
    s *= d;
  }
  return strides;
}

/** True when `inner`, ignoring leading 1s, equals the trailing axes of `outer`: a repeated block like a bias row. */
function isTrailingBlock(inner: Shape, outer: Shape): boolean {
  let start = 0;
  while (start < inner.length && inner[start] === 1) start++;
  const length = inner.length - start;
  if (length > outer.length) return false;
  for (let i = 0; i < length; i++) if (inner[start + i] !== outer[outer.length - length + i]) return false;
  return true;
}

/** out = f(a, b) with numpy broadcasting; fast paths for equal sizes and for a repeated trailing block. */
export function binaryInPlace(
  op: BinaryKernel,
  a: FloatArray,
  aShape: Shape,
  b: FloatArray,
  bShape: Shape,
  out: FloatArray,
  outShape: Shape,
): void {
  const f = BINARY[op];
  const n = out.length;
  if (n === 0) return;
  if (a.length === n && b.length === n) {
    for (let i = 0; i < n; i++) out[i] = f(a[i] ?? 0, b[i] ?? 0);
    return;
  }
  if (a.length === n && isTrailingBlock(bShape, outShape)) {
    const m = b.length;
    for (let r = 0; r < n; r += m) for (let j = 0; j < m; j++) out[r + j] = f(a[r + j] ?? 0, b[j] ?? 0);
    return;
  }
  if (b.length === n && isTrailingBlock(aShape, outShape)) {
    const m = a.length;
    for (let r = 0; r < n; r += m) for (let j = 0; j < m; j++) out[r + j] = f(a[j] ?? 0, b[r + j] ?? 0);
    return;
  }
  broadcastGeneral(f, a, broadcastStrides(aShape, outShape), b, broadcastStrides(bShape, outShape), out, outShape);
}

/** The general case: an odometer over all but the last axis, an inner loop over the last. */
function broadcastGeneral(
  f: (a: number, b: number) => number,
  a: FloatArray,
  as: Int32Array,
  b: FloatArray,
  bs: Int32Array,
  out: FloatArray,
  outShape: Shape,
): void {
  const rank = outShape.length;
  const dims = Int32Array.from(outShape);
  const last = dims[rank - 1] ?? 1;
  const asl = as[rank - 1] ?? 0;
  const bsl = bs[rank - 1] ?? 0;
  const idx = new Int32Array(rank);
  let ao = 0;
  let bo = 0;
  for (let o = 0; o < out.length; o += last) {
    for (let j = 0, ia = ao, ib = bo; j < last; j++, ia += asl, ib += bsl) out[o + j] = f(a[ia] ?? 0, b[ib] ?? 0);
    for (let d = rank - 2; d >= 0; d--) {
      idx[d] = (idx[d] ?? 0) + 1;
      ao += as[d] ?? 0;
      bo += bs[d] ?? 0;
      if ((idx[d] ?? 0) < (dims[d] ?? 0)) break;
      ao -= (as[d] ?? 0) * (dims[d] ?? 0);
      bo -= (bs[d] ?? 0) * (dims[d] ?? 0);
      idx[d] = 0;
    }
  }
}

/** y += alpha · x. */
export function axpyInPlace(alpha: number, x: FloatArray, y: FloatArray): void {
  for (let i = 0; i < y.length; i++) y[i] = (y[i] ?? 0) + alpha * (x[i] ?? 0);
}
