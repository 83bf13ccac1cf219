// The matrix product, the workhorse of every layer: Y = X·W for X (N,D), W (D,M) → Y (N,M).
import { record, type OpOptions } from '../autodiff/record';
import { getBackend } from '../backend/backend';
import { allocate, promote } from '../dtype';
import { shapeString } from '../shape';
import { Tensor } from '../tensor';
import { reshape } from './shapeOps';

/**
 * op(A)·op(B) for 2-D tensors as a new unrecorded tensor, where op transposes when asked.
 * The transposed variants read the stored matrix directly, so dW = Xᵀ·dY copies nothing.
 */
export function computeMatmul(a: Tensor, b: Tensor, transA = false, transB = false): Tensor {
  const [ar = 0, ac = 0] = a.shape;
  const [br = 0, bc = 0] = b.shape;
  const [m, k] = transA ? [ac, ar] : [ar, ac];
  const [k2, n] = transB ? [bc, br] : [br, bc];
  if (k !== k2)
    throw new Error(
      `matmul: shapes ${shapeString(a.shape)} and ${shapeString(b.shape)} are not aligned (${k} ≠ ${k2})`,
    );
  if (transA && transB) throw new Error('matmul: transposing both inputs is not supported');
  // Kernels read either float type and accumulate in float64; the output takes the wider dtype.
  const out = allocate(promote(a.dtype, b.dtype), m * n);
  const be = getBackend();
  if (transA) be.matmulTransAInPlace(a.data, b.data, out, m, k, n);
  else if (transB) be.matmulTransBInPlace(a.data, b.data, out, m, k, n);
  else be.matmulInPlace(a.data, b.data, out, m, k, n);
  return new Tensor(out, [m, n]);
}

function matmul2d(a: Tensor, b: Tensor, options?: OpOptions): Tensor {
  const y = computeMatmul(a, b);
  return record('matmul', [a, b], null, y.data, y.shape, options);
}

/**
 * Matrix product like numpy's dot: (N,D)·(D,M) → (N,M); a 1-D left operand (D) acts as one row
 * and gives (M), a 1-D right operand (D) acts as a column and gives (N).
 */
export function matmul(a: Tensor, b: Tensor, options?: OpOptions): Tensor {
  if (a.rank === 2 && b.rank === 2) return matmul2d(a, b, options);
  if (a.rank < 1 || a.rank > 2 || b.rank < 1 || b.rank > 2) {
    throw new Error(
      `matmul: expects 1-D or 2-D tensors, got shapes ${shapeString(a.shape)} and ${shapeString(b.shape)}`,
    );
  }
  const a2 = a.rank === 1 ? reshape(a, [1, a.size]) : a;
  const b2 = b.rank === 1 ? reshape(b, [b.size, 1]) : b;
  const y = matmul2d(a2, b2);
  const shape = [...(a.rank === 2 ? [a.shape[0] ?? 0] : []), ...(b.rank === 2 ? [b.shape[1] ?? 0] : [])];
  return reshape(y, shape, options);
}
