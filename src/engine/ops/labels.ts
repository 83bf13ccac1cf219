// Class labels come in the two forms the book's code accepts: one-hot rows like probabilities,
// or one class index per row. Like the book, we tell them apart by size (t.size === y.size → one-hot).
import type { LabelBuffer } from '../backend/backend';
import { allocate } from '../dtype';
import { shapeString } from '../shape';
import { Tensor } from '../tensor';

/** One-hot labels (same shape as the predictions) or class indices (one per row). */
export type Labels = Tensor | ArrayLike<number>;

/** Classes K of predictions y of shape (N,K) or (K); throws naming the op for other ranks. */
export function classCount(y: Tensor, op: string): number {
  if (y.rank !== 1 && y.rank !== 2)
    throw new Error(`${op}: expects predictions of shape (N,K) or (K), got ${shapeString(y.shape)}`);
  return y.shape[y.rank - 1] ?? 0;
}

/** Rows N of predictions y: (N,K) → N; a single row (K) counts as N = 1. */
export function rowCount(y: Tensor): number {
  return y.rank === 1 ? 1 : (y.shape[0] ?? 0);
}

/** Rows n and classes k of predictions y: (N,K) → (N,K); a single row (K) counts as N = 1. */
export function rowsAndClasses(y: Tensor, op: string): { n: number; k: number } {
  return { k: classCount(y, op), n: rowCount(y) };
}

/**
 * Reads labels for n rows of k classes into the form kernels take; throws naming the op and shapes.
 * Returns `previous` when it already wraps the same buffer (so a training loop allocates nothing).
 */
export function labelBuffer(
  labels: Labels,
  n: number,
  k: number,
  op: string,
  previous: LabelBuffer | null = null,
): LabelBuffer {
  if (labels instanceof Tensor && labels.size === n * k) {
    return previous?.kind === 'oneHot' && previous.data === labels.data
      ? previous
      : { kind: 'oneHot', data: labels.data };
  }
  const data = labels instanceof Tensor ? labels.data : labels;
  if (data.length !== n) {
    const what =
      labels instanceof Tensor ? `labels of shape ${shapeString(labels.shape)}` : `${data.length} class indices`;
    throw new Error(`${op}: ${what} fit neither one-hot (${n},${k}) nor ${n} class indices`);
  }
  for (let i = 0; i < n; i++) {
    const c = data[i] ?? -1;
    if (!Number.isInteger(c) || c < 0 || c >= k)
      throw new Error(`${op}: label ${c} at row ${i} is not a class index in 0..${k - 1}`);
  }
  return previous?.kind === 'index' && previous.data === data ? previous : { kind: 'index', data };
}

/** The labels as a one-hot tensor of the given shape (n·k elements) and the dtype of `like`. */
export function oneHotOf(labels: LabelBuffer, n: number, k: number, shape: readonly number[], like: Tensor): Tensor {
  const out = new Tensor(allocate(like.dtype, n * k), shape);
  if (labels.kind === 'oneHot') out.data.set(labels.data);
  else for (let r = 0; r < n; r++) out.data[r * k + (labels.data[r] ?? 0)] = 1;
  return out;
}
