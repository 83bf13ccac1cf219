// Ops that move elements around without changing them: reshape and transpose.
import { record, type OpOptions } from '../autodiff/record';
import { getBackend } from '../backend/backend';
import { allocate } from '../dtype';
import { shapeString, sizeOf, type Shape } from '../shape';
import { Tensor } from '../tensor';

function resolveShape(x: Tensor, shape: Shape): number[] {
  const known = sizeOf(shape.filter((d) => d !== -1));
  const holes = shape.filter((d) => d === -1).length;
  const out = shape.map((d) => (d === -1 ? x.size / known : d));
  if (holes > 1 || sizeOf(out) !== x.size || !out.every((d) => Number.isInteger(d) && d >= 0)) {
    throw new Error(`reshape: cannot reshape ${shapeString(x.shape)} (${x.size} elements) into ${shapeString(shape)}`);
  }
  return out;
}

/** The same elements in a new shape (one size may be −1: inferred); (2,3) → (3,2) or (6) or (−1,2). */
export function reshape(x: Tensor, shape: Shape, options?: OpOptions): Tensor {
  return record('reshape', [x], null, x.data.slice(), resolveShape(x, shape), options);
}

/** Permutes axes: out.shape[i] = x.shape[perm[i]]; default reverses them, so (N,D) → (D,N). */
export function transpose(x: Tensor, perm?: readonly number[], options?: OpOptions): Tensor {
  const p = perm ?? x.shape.map((_, i) => x.rank - 1 - i);
  const valid = p.length === x.rank && [...p].sort((a, b) => a - b).every((v, i) => v === i);
  if (!valid)
    throw new Error(`transpose: [${p.join(',')}] is not a permutation of the axes of shape ${shapeString(x.shape)}`);
  const y = computeTranspose(x, p);
  return record('transpose', [x], { perm: p }, y.data, y.shape, options);
}

/** Unrecorded transpose used by gradient rules. */
export function computeTranspose(x: Tensor, perm: readonly number[]): Tensor {
  const out = allocate(x.dtype, x.size);
  getBackend().transposeInPlace(x.data, x.shape, perm, out);
  return new Tensor(
    out,
    perm.map((a) => x.shape[a] ?? 1),
  );
}
