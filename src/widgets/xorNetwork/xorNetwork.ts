import { add, matmul, step, tensor } from '../../engine';
import { inputRows } from '../kit/controls/truthTable';
import { gatePresets } from '../kit/logic/gates';

/** Signals of the two-layer XOR for one input row. */
export interface XorSignals {
  x1: number;
  x2: number;
  /** Layer-1 weighted sums (NAND, OR) and outputs s1 = NAND(x1,x2), s2 = OR(x1,x2). */
  a1: number;
  a2: number;
  s1: number;
  s2: number;
  /** Layer-2 weighted sum and output y = AND(s1, s2). */
  a: number;
  y: number;
}

const { NAND, OR, AND } = gatePresets;

/** Layer 1 weights as a matrix: column 1 is the NAND neuron, column 2 the OR neuron (2,2); biases (2,). */
export const layer1 = {
  W: [
    [NAND.w1, OR.w1],
    [NAND.w2, OR.w2],
  ],
  b: [NAND.b, OR.b],
};
/** Layer 2 is one AND neuron on (s1, s2). */
export const layer2 = { w: [AND.w1, AND.w2], b: AND.b };

/** All four rows through the network on the engine: S = step(X·W1 + b1) (4,2), y = step(S·w2 + b2) (4,). */
export function xorSignals(): XorSignals[] {
  const X = tensor(
    inputRows.map((r) => [...r]),
    { dtype: 'float64' },
  );
  const A1 = add(matmul(X, tensor(layer1.W, { dtype: 'float64' })), tensor(layer1.b, { dtype: 'float64' }));
  const S = step(A1);
  const A2 = add(matmul(S, tensor(layer2.w, { dtype: 'float64' })), tensor(layer2.b, { dtype: 'float64' }));
  const Y = step(A2);
  return inputRows.map(([x1, x2], i) => ({
    x1,
    x2,
    a1: A1.data[2 * i] ?? Number.NaN,
    a2: A1.data[2 * i + 1] ?? Number.NaN,
    s1: S.data[2 * i] ?? Number.NaN,
    s2: S.data[2 * i + 1] ?? Number.NaN,
    a: A2.data[i] ?? Number.NaN,
    y: Y.data[i] ?? Number.NaN,
  }));
}
