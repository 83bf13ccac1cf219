// Class labels come in the two forms the book's code accepts: one-hot rows like probabilities,
// or one class index per row. Like the book, we tell them apart by size (t.size === y.size → one-hot).
import type { LabelBuffer } from '../backend/backend';
import { allocate } from '../dtype';
import { shapeString } from '../shape';
import { Tensor } from '../tensor';

/** One-hot labels (same shape as the predictions) or class indices (one per row). */
export type Labels = Tensor | ArrayLike<number>;

/** Rows n and classes k of predictions y: (N,K) → (N,K); a single row (K) counts as N = 1. */
export function rowsAndClasses(y: Tensor, op: string): { n: number; k: number } {
  if (y.rank === 1) return { n: 1, k: y.shape[0] ?? 0 };
  if (y.rank === 2) return { n: y.shape[0] ?? 0, k: y.shape[1] ?? 0 };
  throw new Error(`${op}: expects predictions of shape (N,K) or (K), got ${shapeString(y.shape)}`);
}

/** Reads labels for n rows of k classes into the form kernels take; throws naming the op and shapes. */
export function labelBuffer(labels: Labels, n: number, k: number, op: string): LabelBuffer {
  if (labels instanceof Tensor && labels.size === n * k) return { kind: 'oneHot', data: labels.data };
  const data = labels instanceof Tensor ? labels.data : labels;
  if (data.length !== n) {
    const what = labels instanceof Tensor ? `labels of shape ${shapeString(labels.shape)}` : `${data.length} class indices`;
    throw new Error(`${op}: ${what} fit neither one-hot (${n},${k}) nor ${n} class indices`);
  }
  for (let i = 0; i < n; i++) {
    const c = data[i] ?? -1;
    if (!Number.isInteger(c) || c < 0 || c >= k) throw new Error(`${op}: label ${c} at row ${i} is not a class index in 0..${k - 1}`);
  }
  return { kind: 'index', data };
}

/** The labels as a one-hot tensor of the given shape (n·k elements) and the dtype of `like`. */
export function oneHotOf(labels: LabelBuffer, n: number, k: number, shape: readonly number[], like: Tensor): Tensor {
  const out = new Tensor(allocate(like.dtype, n * k), shape);
  if (labels.kind === 'oneHot') out.data.set(labels.data);
  else for (let r = 0; r < n; r++) out.data[r * k + (labels.data[r] ?? 0)] = 1;
  return out;
}
