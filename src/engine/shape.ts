// Shapes and the numpy broadcasting rule, as pure functions on arrays of sizes.

/** A tensor's sizes, outermost first; [] is a scalar (0-d). */
export type Shape = readonly number[];

/** Number of elements: the product of the sizes (1 for a scalar). */
export function sizeOf(shape: Shape): number {
  let n = 1;
  for (const d of shape) n *= d;
  return n;
}

/** "[2,3]": how shapes appear in error messages. */
export function shapeString(shape: Shape): string {
  return `[${shape.join(',')}]`;
}

/** True when both shapes have the same rank and sizes. */
export function sameShape(a: Shape, b: Shape): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Row-major strides: how far to step in the flat buffer to move one along each axis. */
export function stridesOf(shape: Shape): number[] {
  const strides = new Array<number>(shape.length);
  let s = 1;
  for (let i = shape.length - 1; i >= 0; i--) {
    strides[i] = s;
    s *= shape[i] ?? 1;
  }
  return strides;
}

/**
 * numpy broadcasting: align shapes on the right; each pair of sizes must be equal or one of them 1.
 * (2,3) with (3) → (2,3); (4,1) with (1,5) → (4,5). Throws naming the op and both shapes.
 */
export function broadcastShapes(a: Shape, b: Shape, op: string): number[] {
  const rank = Math.max(a.length, b.length);
  const out = new Array<number>(rank);
  for (let i = 0; i < rank; i++) {
    const da = a[a.length - rank + i] ?? 1;
    const db = b[b.length - rank + i] ?? 1;
    if (da !== db && da !== 1 && db !== 1) {
      throw new Error(`${op}: shapes ${shapeString(a)} and ${shapeString(b)} cannot be broadcast together`);
    }
    out[i] = da === 1 ? db : da;
  }
  return out;
}

/** Turns a possibly negative axis (-1 = last) into 0..rank-1, or throws naming the op. */
export function normalizeAxis(axis: number, rank: number, op: string): number {
  const a = axis < 0 ? axis + rank : axis;
  if (!Number.isInteger(a) || a < 0 || a >= Math.max(rank, 1)) {
    throw new Error(`${op}: axis ${axis} is out of range for a tensor of rank ${rank}`);
  }
  return a;
}

/** Sorted, distinct, non-negative axes; undefined means every axis. */
export function normalizeAxes(axis: number | readonly number[] | undefined, rank: number, op: string): number[] {
  if (axis === undefined) return Array.from({ length: rank }, (_, i) => i);
  const list = typeof axis === 'number' ? [axis] : axis;
  const set = new Set(list.map((a) => normalizeAxis(a, rank, op)));
  return [...set].sort((x, y) => x - y);
}

/** The shape after reducing over axes: dropped, or kept as size 1 when keepDims. */
export function reducedShape(shape: Shape, axes: readonly number[], keepDims: boolean): number[] {
  const out: number[] = [];
  shape.forEach((d, i) => {
    if (!axes.includes(i)) out.push(d);
    else if (keepDims) out.push(1);
  });
  return out;
}

/** Splits a shape around one axis into (outer, len, inner) so a kernel can walk it as 3 loops. */
export function splitAt(shape: Shape, axis: number): { outer: number; len: number; inner: number } {
  return {
    outer: sizeOf(shape.slice(0, axis)),
    len: shape[axis] ?? 1,
    inner: sizeOf(shape.slice(axis + 1)),
  };
}
