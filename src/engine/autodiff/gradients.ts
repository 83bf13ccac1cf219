// The gradient table: for each primitive op, how ∂L/∂y (dy) becomes ∂L/∂(each input).
// Its type is a mapped Record over OpName, so an op without a rule does not compile.
// Rules run inside noGrad and may use ops freely; each returns one gradient per input, in order.
import { computeBinary, div, mul, neg, pow } from '../ops/elementwise';
import { computeMatmul } from '../ops/matmul';
import { computeTranspose, reshape } from '../ops/shapeOps';
import { computeReduce, sum } from '../ops/reduce';
import { getBackend } from '../backend/backend';
import { allocate } from '../dtype';
import { reducedShape, type Shape } from '../shape';
import { Tensor, zeros, type RecordedOp } from '../tensor';
import type { OpName } from './opAttrs';

/** dy (shaped like the output y) and the recorded op → one gradient per input (null: none). */
export type GradRule<K extends OpName> = (dy: Tensor, node: RecordedOp<K>, y: Tensor) => readonly (Tensor | null)[];

function arg(node: { readonly inputs: readonly Tensor[] }, i: number): Tensor {
  const t = node.inputs[i];
  if (!t) throw new Error(`backward: missing input ${i}`);
  return t;
}

/** Undoes broadcasting: sums g over the axes that were stretched to reach its shape, giving `shape`. */
export function unbroadcast(g: Tensor, shape: Shape): Tensor {
  const lead = g.rank - shape.length;
  const axes = g.shape.map((_, i) => i).filter((i) => i < lead || (shape[i - lead] === 1 && g.shape[i] !== 1));
  if (axes.length === 0) return g;
  return reshape(computeReduce('sum', g, axes, true), shape);
}

/** Stretches g back over the axes a reduction removed, to the input's shape. */
function expandReduced(g: Tensor, shape: Shape, axes: readonly number[]): Tensor {
  return computeBinary('add', zeros(shape, { dtype: g.dtype }), reshape(g, reducedShape(shape, axes, true)));
}

/** One rule per primitive op. */
export const gradients: { [K in OpName]: GradRule<K> } = {
  add: (dy, n) => [unbroadcast(dy, arg(n, 0).shape), unbroadcast(dy, arg(n, 1).shape)],
  sub: (dy, n) => [unbroadcast(dy, arg(n, 0).shape), unbroadcast(neg(dy), arg(n, 1).shape)],
  // d(a·b) = b·da + a·db
  mul: (dy, n) => [unbroadcast(mul(dy, arg(n, 1)), arg(n, 0).shape), unbroadcast(mul(dy, arg(n, 0)), arg(n, 1).shape)],
  // d(a/b) = da/b − a·db/b²
  div: (dy, n) => {
    const [a, b] = [arg(n, 0), arg(n, 1)];
    return [unbroadcast(div(dy, b), a.shape), unbroadcast(neg(div(mul(dy, a), mul(b, b))), b.shape)];
  },
  neg: (dy) => [neg(dy)],
  // d(eˣ) = eˣ dx: reuse the output
  exp: (dy, _n, y) => [mul(dy, y)],
  log: (dy, n) => [div(dy, arg(n, 0))],
  pow: (dy, n) => [mul(dy, mul(pow(arg(n, 0), n.attrs.p - 1), n.attrs.p))],
  relu: (dy, n) => [computeBinary('reluBackward', dy, arg(n, 0))],
  // σ' = σ(1 − σ), from the output alone
  sigmoid: (dy, _n, y) => [computeBinary('sigmoidBackward', dy, y)],
  tanh: (dy, _n, y) => [computeBinary('tanhBackward', dy, y)],
  step: (dy, n) => [zeros(arg(n, 0).shape, { dtype: dy.dtype })],
  sum: (dy, n) => [expandReduced(dy, arg(n, 0).shape, n.attrs.axes)],
  // The gradient goes to the element(s) that were the max.
  max: (dy, n, y) => {
    const x = arg(n, 0);
    const mask = computeBinary('eq', x, reshape(y, reducedShape(x.shape, n.attrs.axes, true)));
    return [mul(mask, expandReduced(dy, x.shape, n.attrs.axes))];
  },
  // Y = A·B: dA = dY·Bᵀ, dB = Aᵀ·dY (no transposed copies)
  matmul: (dy, n) => [computeMatmul(dy, arg(n, 1), false, true), computeMatmul(arg(n, 0), dy, true, false)],
  transpose: (dy, n) => {
    const inverse = new Array<number>(n.attrs.perm.length);
    n.attrs.perm.forEach((p, i) => (inverse[p] = i));
    return [computeTranspose(dy, inverse)];
  },
  reshape: (dy, n) => [reshape(dy, arg(n, 0).shape)],
  // dx = y ⊙ (dy − Σ dy⊙y) along the softmax axis
  softmax: (dy, n, y) => {
    const s = sum(mul(dy, y), n.attrs.axis, true);
    return [mul(y, computeBinary('sub', dy, s))];
  },
  // The book's SoftmaxWithLoss backward: (y − t) / N, scaled by the incoming dL/dloss
  softmaxCrossEntropy: (dy, n) => {
    const { probs, labels, k } = n.attrs;
    const out = allocate(arg(n, 0).dtype, probs.length);
    getBackend().softmaxCrossEntropyBackwardInPlace(probs, labels, n.attrs.n, k, dy.item(), out);
    return [new Tensor(out, arg(n, 0).shape)];
  },
};

/** Every primitive op, in the order of the gradient table (e.g. for a legend of node colours). */
export const opNames = Object.keys(gradients) as OpName[];
