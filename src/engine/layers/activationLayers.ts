// The book's activation layers. Both remember their output: ReLU's mask is out > 0, and
// sigmoid's derivative y(1 − y) needs nothing but the output y.
import { getBackend, type BinaryKernel, type UnaryKernel } from '../backend/backend';
import type { Tensor } from '../tensor';
import { forwardFirst, type Layer } from './layer';
import { Scratch } from './scratch';

/** An elementwise layer: out = f(x), dx = f'(out)·dout, all in reused buffers. */
abstract class ActivationLayer implements Layer {
  private out: Tensor | null = null;
  private outBuffer: Scratch | null = null;
  private dxBuffer: Scratch | null = null;

  protected constructor(
    private readonly name: string,
    private readonly f: UnaryKernel,
    private readonly df: BinaryKernel,
  ) {}

  /** out = f(x), same shape. */
  forward(x: Tensor): Tensor {
    this.outBuffer ??= new Scratch(x.dtype);
    const out = this.outBuffer.get(x.shape);
    getBackend().unaryInPlace(this.f, x.data, out.data);
    this.out = out;
    return out;
  }

  /** dx = dout ⊙ f'(x), computed from the remembered output. */
  backward(dout: Tensor): Tensor {
    const out = this.out ?? forwardFirst(this.name);
    this.dxBuffer ??= new Scratch(dout.dtype);
    const dx = this.dxBuffer.get(dout.shape);
    getBackend().binaryInPlace(this.df, dout.data, dout.shape, out.data, out.shape, dx.data, dx.shape);
    return dx;
  }
}

/** out = max(0, x); backward lets dout through where the input was positive (mask = out > 0). */
export class Relu extends ActivationLayer {
  constructor() {
    super('Relu', 'relu', 'reluBackward');
  }
}

/** out = 1/(1 + e⁻ˣ); backward dx = dout·(1 − out)·out. */
export class Sigmoid extends ActivationLayer {
  constructor() {
    super('Sigmoid', 'sigmoid', 'sigmoidBackward');
  }
}
