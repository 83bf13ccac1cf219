// A Tensor is a flat typed array plus a shape. If an op made it while recording, it also remembers
// that op and its inputs (its `creator`), which is all reverse-mode autodiff needs.
// This file is a leaf of the engine: it imports nothing that imports it. autodiff/backward.ts installs
// the backward pass into it when it loads (as tfjs-core attaches chained ops from outside), and the
// barrel (index.ts) always loads that module.
import type { OpAttrs, OpName } from './autodiff/opAttrs';
import type { DType, FloatArray } from './dtype';
import { allocate, dtypeOf } from './dtype';
import type { Shape } from './shape';
import { shapeString, sizeOf } from './shape';

/** Nested arrays of numbers as written in code: 3, [1, 2], [[1, 2], [3, 4]]. */
export type NestedInput = number | readonly NestedInput[];

/** Nested arrays as returned by toArray (a number for a 0-d tensor). */
export type NestedArray = number | NestedArray[];

/** Options when creating a tensor; label names the node in traces (e.g. 'apple'). */
export interface TensorOptions {
  dtype?: DType;
  requiresGrad?: boolean;
  label?: string;
  /** Shape of a flat typed array given as values (default: its length). */
  shape?: Shape;
}

/** How a tensor was made: the op, its inputs in order, and its attributes. */
export type RecordedOp<K extends OpName = OpName> = {
  [P in K]: { readonly op: P; readonly inputs: readonly Tensor[]; readonly attrs: OpAttrs[P] };
}[K];

/** Fills .grad of every node in root's graph that requires grad (seed = ∂L/∂root). */
export type BackwardPass = (root: Tensor, seed?: Tensor | number) => void;

let backwardPass: BackwardPass | null = null;

/** Called once by autodiff/backward.ts as it loads; not part of the public barrel. */
export function installBackward(pass: BackwardPass): void {
  backwardPass = pass;
}

let nextId = 0;

/** An n-dimensional array of float32 or float64 numbers that can take part in autodiff. */
export class Tensor {
  /** Unique, increasing with creation order: stable node ids for graph drawings. */
  readonly id = nextId++;
  readonly shape: Shape;
  readonly dtype: DType;
  /** Row-major elements; kernels may write into it in place. */
  readonly data: FloatArray;
  /** The op that produced this tensor while recording, or null for a leaf. */
  readonly creator: RecordedOp | null;
  /** A name for the node in traces, e.g. 'apple_price'. */
  readonly label: string | undefined;
  /** Whether backward computes ∂out/∂(this tensor). */
  requiresGrad: boolean;
  /** ∂out/∂(this) after backward, same shape; leaves accumulate across backward calls. */
  grad: Tensor | null = null;

  /** Wraps a buffer whose length must equal the product of the shape. */
  constructor(
    data: FloatArray,
    shape: Shape,
    options: { requiresGrad?: boolean; label?: string | undefined; creator?: RecordedOp | null } = {},
  ) {
    if (data.length !== sizeOf(shape)) {
      throw new Error(`tensor: ${data.length} values do not fill shape ${shapeString(shape)}`);
    }
    this.data = data;
    this.shape = Object.freeze([...shape]);
    this.dtype = dtypeOf(data);
    this.requiresGrad = options.requiresGrad ?? false;
    this.label = options.label;
    this.creator = options.creator ?? null;
  }

  /** Number of elements. */
  get size(): number {
    return this.data.length;
  }

  /** Number of axes (0 for a scalar). */
  get rank(): number {
    return this.shape.length;
  }

  /** The single value of a tensor with one element. */
  item(): number {
    if (this.size !== 1)
      throw new Error(`item: tensor of shape ${shapeString(this.shape)} has ${this.size} elements, not 1`);
    return this.data[0] ?? 0;
  }

  /** The values as nested arrays (a number for shape []). */
  toArray(): NestedArray {
    const build = (axis: number, offset: number): NestedArray => {
      if (axis === this.rank) return this.data[offset] ?? 0;
      const len = this.shape[axis] ?? 0;
      const stride = sizeOf(this.shape.slice(axis + 1));
      return Array.from({ length: len }, (_, i) => build(axis + 1, offset + i * stride));
    };
    return build(0, 0);
  }

  /** Reverse-mode autodiff from this tensor; seed is ∂out/∂this (required unless this has one element). */
  backward(seed?: Tensor | number): void {
    if (!backwardPass) throw new Error('backward: autodiff is not loaded; import the engine from its barrel');
    backwardPass(this, seed);
  }
}

function inferShape(values: NestedInput): number[] {
  const shape: number[] = [];
  let v: NestedInput = values;
  while (typeof v !== 'number') {
    shape.push(v.length);
    const first: NestedInput | undefined = v[0];
    if (first === undefined) break;
    v = first;
  }
  return shape;
}

function flattenInto(values: NestedInput, shape: Shape, axis: number, out: FloatArray, at: { i: number }): void {
  if (typeof values === 'number') {
    if (axis !== shape.length)
      throw new Error(`tensor: ragged nested array (a number where shape ${shapeString(shape)} expects an array)`);
    out[at.i++] = values;
    return;
  }
  if (values.length !== shape[axis])
    throw new Error(
      `tensor: ragged nested array (length ${values.length} where shape ${shapeString(shape)} expects ${shape[axis] ?? 'a number'})`,
    );
  for (const v of values) flattenInto(v, shape, axis + 1, out, at);
}

/** A new leaf tensor from a number (shape []), nested arrays, or a flat typed array with options.shape. */
export function tensor(values: NestedInput | FloatArray, options: TensorOptions = {}): Tensor {
  const meta = { requiresGrad: options.requiresGrad ?? false, label: options.label };
  if (values instanceof Float32Array || values instanceof Float64Array) {
    const dtype = options.dtype ?? dtypeOf(values);
    const data = allocate(dtype, values.length);
    data.set(values);
    return new Tensor(data, options.shape ?? [values.length], meta);
  }
  const shape = inferShape(values);
  const data = allocate(options.dtype ?? 'float32', sizeOf(shape));
  flattenInto(values, shape, 0, data, { i: 0 });
  return new Tensor(data, shape, meta);
}

/** A leaf tensor of zeros with the given shape. */
export function zeros(shape: Shape, options: Omit<TensorOptions, 'shape'> = {}): Tensor {
  return new Tensor(allocate(options.dtype ?? 'float32', sizeOf(shape)), shape, options);
}

/** A leaf tensor filled with one value. */
export function full(shape: Shape, value: number, options: Omit<TensorOptions, 'shape'> = {}): Tensor {
  const t = zeros(shape, options);
  t.data.fill(value);
  return t;
}
