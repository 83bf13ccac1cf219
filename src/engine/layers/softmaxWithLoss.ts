// The book's last layer: softmax, then cross-entropy against the labels, in one step.
// Together their gradient is simply (y − t) / N: the error itself flows back.
import type { LabelBuffer } from '../backend/backend';
import { getBackend } from '../backend/backend';
import { classCount, labelBuffer, rowCount, type Labels } from '../ops/labels';
import type { Tensor } from '../tensor';
import { forwardFirst } from './layer';
import { Scratch } from './scratch';

/** loss = cross-entropy(softmax(x), t) averaged over N rows; backward → (y − t)/N, shape (N,K). */
export class SoftmaxWithLoss {
  /** The last loss computed by forward. */
  loss = NaN;
  /** softmax(x) from the last forward, (N,K). */
  y: Tensor | null = null;
  private t: LabelBuffer | null = null;
  private yBuffer: Scratch | null = null;
  private dxBuffer: Scratch | null = null;

  /** Scores x (N,K) or (K) and labels t (one-hot, same shape, or N class indices) → mean loss. */
  forward(x: Tensor, t: Labels): number {
    const k = classCount(x, 'SoftmaxWithLoss');
    const n = rowCount(x);
    this.t = labelBuffer(t, n, k, 'SoftmaxWithLoss', this.t);
    this.yBuffer ??= new Scratch(x.dtype);
    this.y = this.yBuffer.get(x.shape);
    this.loss = getBackend().softmaxCrossEntropyInPlace(x.data, this.t, n, k, this.y.data);
    return this.loss;
  }

  /** dx = dout·(y − t)/N. */
  backward(dout = 1): Tensor {
    const { y, t } = this;
    if (!y || !t) return forwardFirst('SoftmaxWithLoss');
    const k = classCount(y, 'SoftmaxWithLoss');
    this.dxBuffer ??= new Scratch(y.dtype);
    const dx = this.dxBuffer.get(y.shape);
    getBackend().softmaxCrossEntropyBackwardInPlace(y.data, t, rowCount(y), k, dout, dx.data);
    return dx;
  }
}
