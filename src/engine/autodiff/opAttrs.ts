// The closed set of primitive ops. Every other function (mean, crossEntropy, mse, ...) is composed
// from these. Each entry says what the op remembers for its backward pass besides its inputs.
import type { LabelBuffer } from '../backend/backend';
import type { FloatArray } from '../dtype';

/** Per primitive op, the attributes its gradient rule needs (null: inputs and output suffice). */
export interface OpAttrs {
  add: null;
  sub: null;
  mul: null;
  div: null;
  neg: null;
  exp: null;
  log: null;
  pow: { readonly p: number };
  relu: null;
  sigmoid: null;
  tanh: null;
  step: null;
  sum: { readonly axes: readonly number[]; readonly keepDims: boolean };
  max: { readonly axes: readonly number[]; readonly keepDims: boolean };
  matmul: null;
  transpose: { readonly perm: readonly number[] };
  reshape: null;
  softmax: { readonly axis: number };
  softmaxCrossEntropy: {
    readonly labels: LabelBuffer;
    readonly probs: FloatArray;
    readonly n: number;
    readonly k: number;
  };
}

/** The name of a primitive op: the keys of OpAttrs, so adding an op here forces a gradient rule. */
export type OpName = keyof OpAttrs;
