// Loss functions, as in the book: a single number saying how wrong the predictions are.
import { record, type OpOptions } from '../autodiff/record';
import { getBackend } from '../backend/backend';
import { allocate } from '../dtype';
import type { Tensor } from '../tensor';
import { add, div, log, mul, neg, pow, sub } from './elementwise';
import { labelBuffer, oneHotOf, rowsAndClasses, type Labels } from './labels';
import { sum } from './reduce';

/** The book's delta: log(y + 1e-7) stays finite when a probability is exactly 0. */
export const LOG_DELTA = 1e-7;

/**
 * The book's cross_entropy_error: E = −Σ t·log(y + 1e-7) / N for probabilities y (N,K) or (K) → [].
 * Composed from primitives; the tiny delta keeps log(0) finite.
 */
export function crossEntropy(probs: Tensor, labels: Labels, options?: OpOptions): Tensor {
  const { n, k } = rowsAndClasses(probs, 'crossEntropy');
  const t = oneHotOf(labelBuffer(labels, n, k, 'crossEntropy'), n, k, probs.shape, probs);
  return div(neg(sum(mul(t, log(add(probs, LOG_DELTA))))), n, options);
}

/**
 * Softmax then cross-entropy in one fused primitive: logits (N,K) or (K), labels one-hot or indices → [] (batch mean).
 * It uses log-softmax (no delta needed), and its gradient is the book's SoftmaxWithLoss backward: (y − t) / N.
 */
export function softmaxCrossEntropy(logits: Tensor, labels: Labels, options?: OpOptions): Tensor {
  const { n, k } = rowsAndClasses(logits, 'softmaxCrossEntropy');
  const buffer = labelBuffer(labels, n, k, 'softmaxCrossEntropy');
  const probs = allocate(logits.dtype, logits.size);
  const loss = allocate(logits.dtype, 1);
  loss[0] = getBackend().softmaxCrossEntropyInPlace(logits.data, buffer, n, k, probs);
  return record('softmaxCrossEntropy', [logits], { labels: buffer, probs, n, k }, loss, [], options);
}

/** The book's mean_squared_error: E = ½ Σ (y − t)² over all elements → [] (no division by the batch size). */
export function mse(y: Tensor, t: Tensor, options?: OpOptions): Tensor {
  return mul(sum(pow(sub(y, t), 2)), 0.5, options);
}
