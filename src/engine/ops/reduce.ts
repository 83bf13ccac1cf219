// Reductions: sum, max and (composed) mean over some axes, or over everything when axis is omitted.
import { record, type OpOptions } from '../autodiff/record';
import { getBackend, type ReduceKernel } from '../backend/backend';
import { allocate } from '../dtype';
import { normalizeAxes, reducedShape, shapeString, sizeOf, splitAt } from '../shape';
import { Tensor } from '../tensor';
import { div } from './elementwise';

/** Which axes to reduce: one axis, several, or undefined for all. */
export type Axis = number | readonly number[];

/** Reduces x over axes (already normalized) as a new unrecorded tensor. */
export function computeReduce(op: ReduceKernel, x: Tensor, axes: readonly number[], keepDims: boolean): Tensor {
  let data = x.data;
  const shape = [...x.shape];
  for (const axis of axes) {
    const { outer, len, inner } = splitAt(shape, axis);
    const out = allocate(x.dtype, outer * inner);
    getBackend().reduceInPlace(op, data, outer, len, inner, out);
    data = out;
    shape[axis] = 1;
  }
  if (data === x.data) data = x.data.slice();
  return new Tensor(data, reducedShape(x.shape, axes, keepDims));
}

function reduceOp(op: ReduceKernel) {
  return (x: Tensor, axis?: Axis, keepDims = false, options?: OpOptions): Tensor => {
    const axes = normalizeAxes(axis, x.rank, op);
    if (op === 'max' && axes.some((a) => x.shape[a] === 0))
      throw new Error(`max: cannot reduce an empty axis of shape ${shapeString(x.shape)}`);
    const y = computeReduce(op, x, axes, keepDims);
    return record(op, [x], { axes, keepDims }, y.data, y.shape, options);
  };
}

/** Σ over axis (all axes if omitted); (2,3) summed over axis 1 → (2), or (2,1) with keepDims. */
export const sum = reduceOp('sum');

/** Largest element over axis (all if omitted); the gradient flows to the position(s) of the max. */
export const max = reduceOp('max');

/** Σx / n over axis (all if omitted), composed as sum then divide by the count n. */
export function mean(x: Tensor, axis?: Axis, keepDims = false, options?: OpOptions): Tensor {
  const axes = normalizeAxes(axis, x.rank, 'mean');
  const count = sizeOf(axes.map((a) => x.shape[a] ?? 1));
  return div(sum(x, axes, keepDims), count, options);
}
