// Layers write their results into buffers they own, so a training step allocates nothing.
// A Scratch is one such buffer: it grows when a bigger batch arrives and otherwise hands back
// the same tensor. (So a layer's output is overwritten by its next forward: copy it to keep it.)
import { allocate, type DType, type FloatArray } from '../dtype';
import { sameShape, sizeOf, type Shape } from '../shape';
import { Tensor } from '../tensor';

/** A reusable output buffer; get(shape) returns a tensor of that shape over the same storage. */
export class Scratch {
  private storage: FloatArray;
  private view: Tensor | null = null;

  constructor(private readonly dtype: DType) {
    this.storage = allocate(dtype, 0);
  }

  /** A tensor of this shape backed by the scratch storage (contents are stale: overwrite them). */
  get(shape: Shape): Tensor {
    if (this.view && sameShape(this.view.shape, shape)) return this.view;
    const size = sizeOf(shape);
    if (this.storage.length < size) this.storage = allocate(this.dtype, size);
    this.view = new Tensor(this.storage.subarray(0, size), shape);
    return this.view;
  }

  /** get([rows, cols]) without building the shape array when the size has not changed. */
  matrix(rows: number, cols: number): Tensor {
    const v = this.view;
    if (v && v.rank === 2 && v.shape[0] === rows && v.shape[1] === cols) return v;
    return this.get([rows, cols]);
  }
}
