// Softmax turns scores into probabilities: yᵢ = exp(xᵢ) / Σⱼ exp(xⱼ) along one axis.
// It is a primitive (not exp/sum/div) so the kernel can subtract the max first and never overflow.
import { record, type OpOptions } from '../autodiff/record';
import { getBackend } from '../backend/backend';
import { allocate } from '../dtype';
import { normalizeAxis, splitAt } from '../shape';
import { Tensor } from '../tensor';

/** Unrecorded stable softmax along an (already normalized) axis. */
export function computeSoftmax(x: Tensor, axis: number): Tensor {
  const { outer, len, inner } = splitAt(x.shape, axis);
  const out = allocate(x.dtype, x.size);
  getBackend().softmaxInPlace(x.data, outer, len, inner, out);
  return new Tensor(out, x.shape);
}

/** exp(x − max) / Σ exp(x − max) along axis (default last); same shape, each slice sums to 1. */
export function softmax(x: Tensor, axis = -1, options?: OpOptions): Tensor {
  const a = x.rank === 0 ? 0 : normalizeAxis(axis, x.rank, 'softmax');
  const y = computeSoftmax(x, a);
  return record('softmax', [x], { axis: a }, y.data, y.shape, options);
}
