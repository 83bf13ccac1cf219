// What TwoLayerNet and MultiLayerNet share, written as in the book: an ordered list of layers
// (forward goes through it, backward through it reversed) and a SoftmaxWithLoss at the end.
import { numericalGradient as numericGrad } from '../check/numericalGradient';
import { Affine } from '../layers/affine';
import type { Layer } from '../layers/layer';
import { SoftmaxWithLoss } from '../layers/softmaxWithLoss';
import type { Labels } from '../ops/labels';
import { Tensor } from '../tensor';
import { argmaxRowsInPlace, labelClassAt } from './argmax';

/** Named parameters, e.g. { W1, b1, W2, b2 }; optimizers update them in place. */
export type Params<K extends string = string> = Record<K, Tensor>;

/** Rows evaluated at once by accuracy (bounds the memory of the layer buffers). */
const EVAL_CHUNK = 1000;

/** A feed-forward net: Affine → activation → … → Affine, then SoftmaxWithLoss. */
export abstract class LayerNet<K extends string> {
  /** The layers in forward order. */
  readonly layers: readonly Layer[];
  readonly lastLayer = new SoftmaxWithLoss();
  private readonly affines: readonly { layer: Affine; W: K; b: K }[];
  private readonly grads: Params<K>;
  private predicted = new Int32Array(0);

  protected constructor(
    readonly params: Params<K>,
    layers: readonly Layer[],
  ) {
    this.layers = layers;
    // The j-th Affine layer owns parameters Wj and bj (counting from 1).
    this.affines = layers
      .filter((l) => l instanceof Affine)
      .map((layer, j) => ({ layer, W: `W${j + 1}` as K, b: `b${j + 1}` as K }));
    const grads: Partial<Params<K>> = {};
    for (const { layer, W, b } of this.affines) {
      grads[W] = layer.dW;
      grads[b] = layer.db;
    }
    this.grads = grads as Params<K>;
  }

  /** Scores (N,K) for inputs x (N,D): forward through every layer. The result is a reused buffer. */
  predict(x: Tensor): Tensor {
    let out = x;
    for (const layer of this.layers) out = layer.forward(out);
    return out;
  }

  /** Mean cross-entropy of softmax(predict(x)) against labels t (one-hot or indices). */
  loss(x: Tensor, t: Labels): number {
    return this.lastLayer.forward(this.predict(x), t);
  }

  /** Fraction of rows whose highest score is the labelled class (evaluated in chunks of rows). */
  accuracy(x: Tensor, t: Labels): number {
    const n = x.shape[0] ?? 0;
    const d = x.size / Math.max(n, 1);
    let correct = 0;
    for (let start = 0; start < n; start += EVAL_CHUNK) {
      const rows = Math.min(EVAL_CHUNK, n - start);
      const chunk = new Tensor(x.data.subarray(start * d, (start + rows) * d), [rows, ...x.shape.slice(1)]);
      const y = this.predict(chunk);
      const k = y.size / rows;
      if (this.predicted.length < rows) this.predicted = new Int32Array(EVAL_CHUNK);
      argmaxRowsInPlace(y.data, rows, k, this.predicted);
      for (let r = 0; r < rows; r++) if (this.predicted[r] === labelClassAt(t, start + r, k)) correct++;
    }
    return n === 0 ? 0 : correct / n;
  }

  /**
   * ∂loss/∂param for every parameter by backprop: forward, then backward through the reversed layers.
   * The returned tensors are the layers' dW/db buffers, overwritten by the next call.
   */
  gradient(x: Tensor, t: Labels): Params<K> {
    this.loss(x, t);
    let dout = this.lastLayer.backward(1);
    for (let i = this.layers.length - 1; i >= 1; i--) dout = this.layers[i]?.backward(dout) ?? dout;
    // The first layer's input gradient (∂L/∂x) is never used: fill only its dW and db.
    const first = this.layers[0];
    if (first instanceof Affine) first.backwardParams(dout);
    else first?.backward(dout);
    return this.grads;
  }

  /** The same gradients by central differences (slow; for checking gradient()). */
  numericalGradient(x: Tensor, t: Labels): Params<K> {
    const result: Partial<Params<K>> = {};
    for (const key of Object.keys(this.params) as K[]) {
      result[key] = numericGrad(() => this.loss(x, t), this.params[key]);
    }
    return result as Params<K>;
  }
}
