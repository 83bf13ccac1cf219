// The book's Affine layer, Y = X·W + b for a batch: X (N,D), W (D,M), b (M) → Y (N,M).
// Backward: dX = dY·Wᵀ (N,D), dW = Xᵀ·dY (D,M), db = Σₙ dY (M). The transposed matmul kernels
// read W and X as stored, so no transposed copies are made, and all results go to reused buffers.
import { getBackend } from '../backend/backend';
import { shapeString } from '../shape';
import { Tensor } from '../tensor';
import { forwardFirst, type Layer } from './layer';
import { Scratch } from './scratch';

/** Y = X·W + b with X (N,D) (higher ranks are flattened to (N,−1)), W (D,M), b (M) → Y (N,M). */
export class Affine implements Layer {
  /** ∂L/∂W (D,M), filled by backward. */
  readonly dW: Tensor;
  /** ∂L/∂b (M), filled by backward. */
  readonly db: Tensor;
  private x: Tensor | null = null;
  private readonly out: Scratch;
  private readonly dx: Scratch;

  constructor(
    readonly W: Tensor,
    readonly b: Tensor,
  ) {
    if (W.rank !== 2 || b.rank !== 1 || b.shape[0] !== W.shape[1]) {
      throw new Error(`Affine: W ${shapeString(W.shape)} and b ${shapeString(b.shape)} must be (D,M) and (M)`);
    }
    this.dW = new Tensor(W.data.slice().fill(0), W.shape);
    this.db = new Tensor(b.data.slice().fill(0), b.shape);
    this.out = new Scratch(W.dtype);
    this.dx = new Scratch(W.dtype);
  }

  private get D(): number {
    return this.W.shape[0] ?? 0;
  }

  private get M(): number {
    return this.W.shape[1] ?? 0;
  }

  /** Y = X·W + b; remembers X for backward. */
  forward(x: Tensor): Tensor {
    const n = x.rank === 0 ? 1 : (x.shape[0] ?? 1);
    if (n * this.D !== x.size)
      throw new Error(`Affine: input ${shapeString(x.shape)} does not fit W ${shapeString(this.W.shape)}`);
    const be = getBackend();
    const y = this.out.matrix(n, this.M);
    be.matmulInPlace(x.data, this.W.data, y.data, n, this.D, this.M);
    be.binaryInPlace('add', y.data, y.shape, this.b.data, this.b.shape, y.data, y.shape);
    this.x = x;
    return y;
  }

  /** Fills dW = Xᵀ·dY and db = Σ dY only; for a first layer, whose dX nobody needs. */
  backwardParams(dout: Tensor): void {
    const x = this.x ?? forwardFirst('Affine');
    const n = dout.size / this.M;
    const be = getBackend();
    be.matmulTransAInPlace(x.data, dout.data, this.dW.data, this.D, n, this.M);
    be.reduceInPlace('sum', dout.data, 1, n, this.M, this.db.data);
  }

  /** Fills dW and db, and returns dX = dY·Wᵀ in the shape of the input. */
  backward(dout: Tensor): Tensor {
    this.backwardParams(dout);
    const x = this.x ?? forwardFirst('Affine');
    const dx = this.dx.get(x.shape);
    getBackend().matmulTransBInPlace(dout.data, this.W.data, dx.data, dout.size / this.M, this.M, this.D);
    return dx;
  }
}
