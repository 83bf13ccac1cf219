// Which class won: the index of the largest score in each row.
import type { FloatArray } from '../dtype';
import type { Labels } from '../ops/labels';
import { Tensor } from '../tensor';

/** argmaxⱼ values[from + j] for j < count (default: all of values); the first index wins ties. */
export function argmax(values: ArrayLike<number>, from = 0, count = values.length - from): number {
  let best = 0;
  let bestValue = -Infinity;
  for (let j = 0; j < count; j++) {
    const v = values[from + j] ?? -Infinity;
    if (v > bestValue) {
      bestValue = v;
      best = j;
    }
  }
  return best;
}

/** out[r] = argmaxⱼ y[r, j] for y (n,k); the first index wins ties. */
export function argmaxRowsInPlace(y: FloatArray, n: number, k: number, out: { [r: number]: number }): void {
  for (let r = 0; r < n; r++) out[r] = argmax(y, r * k, k);
}

/** The class of row r in labels that are one-hot rows of k (a Tensor with n·k elements) or class indices. */
export function labelClassAt(t: Labels, r: number, k: number): number {
  if (t instanceof Tensor && t.size !== (t.shape[0] ?? 1)) {
    let best = 0;
    for (let j = 1; j < k; j++) if ((t.data[r * k + j] ?? 0) > (t.data[r * k + best] ?? 0)) best = j;
    return best;
  }
  return (t instanceof Tensor ? t.data[r] : t[r]) ?? -1;
}
