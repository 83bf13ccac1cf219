// Transpose copies elements so that out.shape[i] = shape[perm[i]]; an odometer walks the output
// in order while stepping through the input by the permuted strides.
import type { FloatArray } from '../../dtype';
import type { Shape } from '../../shape';
import { stridesOf } from '../../shape';

/** out = x with axes permuted by perm. */
export function transposeInPlace(x: FloatArray, shape: Shape, perm: readonly number[], out: FloatArray): void {
  const rank = shape.length;
  if (rank === 2 && perm[0] === 1) {
    const r = shape[0] ?? 1;
    const c = shape[1] ?? 1;
    for (let i = 0; i < r; i++) for (let j = 0; j < c; j++) out[j * r + i] = x[i * c + j] ?? 0;
    return;
  }
  const inStrides = stridesOf(shape);
  const dims = Int32Array.from(perm, (p) => shape[p] ?? 1);
  const steps = Int32Array.from(perm, (p) => inStrides[p] ?? 0);
  const idx = new Int32Array(rank);
  let src = 0;
  for (let o = 0; o < out.length; o++) {
    out[o] = x[src] ?? 0;
    for (let d = rank - 1; d >= 0; d--) {
      idx[d] = (idx[d] ?? 0) + 1;
      src += steps[d] ?? 0;
      if ((idx[d] ?? 0) < (dims[d] ?? 0)) break;
      src -= (steps[d] ?? 0) * (dims[d] ?? 0);
      idx[d] = 0;
    }
  }
}
