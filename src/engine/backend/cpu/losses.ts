// The fused softmax-with-loss kernels of the book's SoftmaxWithLoss layer: labels are one-hot rows
// or class indices, and everything is averaged over the batch of n rows.
import type { FloatArray } from '../../dtype';
import type { LabelBuffer } from '../backendTypes';

/**
 * Writes softmax(x) row by row into probs and returns the mean cross-entropy −Σ t·log y / n.
 * log y is computed as x − max − log Σ exp(x − max) (log-softmax), so it is finite without any delta.
 */
export function softmaxCrossEntropyInPlace(
  x: FloatArray,
  labels: LabelBuffer,
  n: number,
  k: number,
  probs: FloatArray,
): number {
  let total = 0;
  for (let r = 0; r < n; r++) {
    const row = r * k;
    let max = -Infinity;
    for (let j = 0; j < k; j++) max = Math.max(max, x[row + j] ?? 0);
    let sum = 0;
    for (let j = 0; j < k; j++) {
      const e = Math.exp((x[row + j] ?? 0) - max);
      probs[row + j] = e;
      sum += e;
    }
    const logSum = Math.log(sum);
    for (let j = 0; j < k; j++) probs[row + j] = (probs[row + j] ?? 0) / sum;
    if (labels.kind === 'index') {
      total -= (x[row + (labels.data[r] ?? 0)] ?? 0) - max - logSum;
    } else {
      for (let j = 0; j < k; j++) {
        const t = labels.data[row + j] ?? 0;
        if (t !== 0) total -= t * ((x[row + j] ?? 0) - max - logSum);
      }
    }
  }
  return total / n;
}

/** out = dout · (y − t) / n: softmax and cross-entropy together have this simple derivative. */
export function softmaxCrossEntropyBackwardInPlace(
  y: FloatArray,
  labels: LabelBuffer,
  n: number,
  k: number,
  dout: number,
  out: FloatArray,
): void {
  const scale = dout / n;
  if (labels.kind === 'index') {
    for (let i = 0; i < n * k; i++) out[i] = (y[i] ?? 0) * scale;
    for (let r = 0; r < n; r++) {
      const at = r * k + (labels.data[r] ?? 0);
      out[at] = (out[at] ?? 0) - scale;
    }
  } else {
    const t = labels.data;
    for (let i = 0; i < n * k; i++) out[i] = ((y[i] ?? 0) - (t[i] ?? 0)) * scale;
  }
}
