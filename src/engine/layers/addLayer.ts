// The book's addition node: forward z = x + y; backward passes dout through to both inputs unchanged.
import { noGrad } from '../autodiff/gradMode';
import { add, mul, type Operand } from '../ops/elementwise';
import type { Tensor } from '../tensor';
import { asTensor } from './mulLayer';

/** z = x + y; backward(dout) → [dout·1, dout·1]. */
export class AddLayer {
  /** z = x + y. */
  forward(x: Operand, y: Operand): Tensor {
    return noGrad(() => add(asTensor(x), asTensor(y)));
  }

  /** [∂L/∂x, ∂L/∂y] = [dout, dout]. */
  backward(dout: Operand): [Tensor, Tensor] {
    const d = asTensor(dout);
    return noGrad(() => [mul(d, 1), mul(d, 1)]);
  }
}
