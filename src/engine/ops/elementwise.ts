// Elementwise primitive ops. Binary ops broadcast like numpy: (N,M) + (M) adds the row to every row.
// A plain number operand becomes a 0-d constant of the other operand's dtype: mul(x, 2).
import { record, type OpOptions } from '../autodiff/record';
import { getBackend, type BinaryKernel, type UnaryKernel } from '../backend/backend';
import { allocate, promote } from '../dtype';
import { broadcastShapes, sizeOf } from '../shape';
import { Tensor, full } from '../tensor';

/** A tensor, or a number standing for a 0-d constant. */
export type Operand = Tensor | number;

/** Primitive ops of one tensor with no attributes. */
type PlainUnary = 'neg' | 'exp' | 'log' | 'relu' | 'sigmoid' | 'tanh' | 'step';
/** Primitive ops of two tensors with no attributes. */
type PlainBinary = 'add' | 'sub' | 'mul' | 'div';

function asTensor(x: Operand, other: Operand): Tensor {
  if (typeof x !== 'number') return x;
  return full([], x, { dtype: typeof other === 'number' ? 'float32' : other.dtype });
}

/** f(x) elementwise as a new unrecorded tensor (used by ops and by gradient rules). */
export function computeUnary(op: UnaryKernel, x: Tensor, p?: number): Tensor {
  const out = allocate(x.dtype, x.size);
  getBackend().unaryInPlace(op, x.data, out, p);
  return new Tensor(out, x.shape);
}

/** f(a, b) elementwise with broadcasting as a new unrecorded tensor; shape errors name `name`. */
export function computeBinary(op: BinaryKernel, a: Tensor, b: Tensor, name: string = op): Tensor {
  const shape = broadcastShapes(a.shape, b.shape, name);
  const out = new Tensor(allocate(promote(a.dtype, b.dtype), sizeOf(shape)), shape);
  getBackend().binaryInPlace(op, a.data, a.shape, b.data, b.shape, out.data, shape);
  return out;
}

function unaryOp(op: PlainUnary) {
  return (x: Tensor, options?: OpOptions): Tensor => {
    const y = computeUnary(op, x);
    return record(op, [x], null, y.data, y.shape, options);
  };
}

function binaryOp(op: PlainBinary) {
  return (a: Operand, b: Operand, options?: OpOptions): Tensor => {
    const ta = asTensor(a, b);
    const tb = asTensor(b, a);
    const y = computeBinary(op, ta, tb);
    return record(op, [ta, tb], null, y.data, y.shape, options);
  };
}

/** a + b elementwise with broadcasting; shapes (…) and (…) → broadcast shape. */
export const add = binaryOp('add');
/** a − b elementwise with broadcasting. */
export const sub = binaryOp('sub');
/** a · b elementwise with broadcasting (not the matrix product; see matmul). */
export const mul = binaryOp('mul');
/** a / b elementwise with broadcasting. */
export const div = binaryOp('div');
/** −x elementwise; same shape. */
export const neg = unaryOp('neg');
/** eˣ elementwise; same shape. */
export const exp = unaryOp('exp');
/** ln x elementwise (−∞ at 0, NaN below); same shape. */
export const log = unaryOp('log');
/** max(0, x) elementwise; same shape. */
export const relu = unaryOp('relu');
/** 1 / (1 + e⁻ˣ) elementwise; same shape. */
export const sigmoid = unaryOp('sigmoid');
/** tanh x elementwise; same shape. */
export const tanh = unaryOp('tanh');
/** The step function [x > 0] (1 or 0) elementwise; its derivative is 0 almost everywhere. */
export const step = unaryOp('step');

/** xᵖ elementwise for a constant exponent p; same shape. */
export function pow(x: Tensor, p: number, options?: OpOptions): Tensor {
  const y = computeUnary('pow', x, p);
  return record('pow', [x], { p }, y.data, y.shape, options);
}
