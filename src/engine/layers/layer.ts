// The book's layer protocol: forward computes the output and remembers what backward needs;
// backward takes ∂L/∂out and returns ∂L/∂in (and stores parameter gradients such as dW, db).
import type { Tensor } from '../tensor';

/** A layer with one input and one output, as in the book's OrderedDict of layers. */
export interface Layer {
  /** out = f(x); may return a buffer the layer reuses on its next call. */
  forward(x: Tensor): Tensor;
  /** dx = ∂L/∂x from dout = ∂L/∂out, using what forward remembered. */
  backward(dout: Tensor): Tensor;
}

/** Throws the error a layer gives when backward is called before forward. */
export function forwardFirst(layer: string): never {
  throw new Error(`${layer}.backward: call forward first`);
}
