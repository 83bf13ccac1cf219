// The book's multiplication node: forward z = x·y; backward swaps the inputs, dx = dout·y, dy = dout·x.
import { noGrad } from '../autodiff/gradMode';
import { mul, type Operand } from '../ops/elementwise';
import { tensor, type Tensor } from '../tensor';
import { forwardFirst } from './layer';

/** A plain number becomes a float64 0-d tensor (JavaScript numbers are float64). */
export function asTensor(v: Operand): Tensor {
  return typeof v === 'number' ? tensor(v, { dtype: 'float64' }) : v;
}

/** z = x·y (elementwise, scalars in the book); backward(dout) → [dout·y, dout·x]. */
export class MulLayer {
  private x: Tensor | null = null;
  private y: Tensor | null = null;

  /** z = x·y; remembers x and y for backward. */
  forward(x: Operand, y: Operand): Tensor {
    this.x = asTensor(x);
    this.y = asTensor(y);
    const [a, b] = [this.x, this.y];
    return noGrad(() => mul(a, b));
  }

  /** [∂L/∂x, ∂L/∂y] = [dout·y, dout·x]. */
  backward(dout: Operand): [Tensor, Tensor] {
    const { x, y } = this;
    if (!x || !y) return forwardFirst('MulLayer');
    const d = asTensor(dout);
    return noGrad(() => [mul(d, y), mul(d, x)]);
  }
}
