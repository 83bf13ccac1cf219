import { countMatches } from '../controls/truthTable';

/** The gates a perceptron is asked to be in the perceptron chapter. */
export type GateName = 'AND' | 'NAND' | 'OR' | 'XOR';
export const gateNames: readonly GateName[] = ['AND', 'NAND', 'OR', 'XOR'];

/** Each gate's outputs for the rows of kit/controls/truthTable's `inputRows`. */
export const gateOutputs: Record<GateName, readonly number[]> = {
  AND: [0, 0, 0, 1],
  NAND: [1, 1, 1, 0],
  OR: [0, 1, 1, 1],
  XOR: [0, 1, 1, 0],
};

/** One perceptron with two inputs: y = step(w1·x1 + w2·x2 + b). */
export interface PerceptronParams {
  w1: number;
  w2: number;
  b: number;
}

/** The book's weights for each gate; XOR has none, so its "attempt" starts from OR's. */
export const gatePresets: Record<GateName, PerceptronParams> = {
  AND: { w1: 0.5, w2: 0.5, b: -0.7 },
  NAND: { w1: -0.5, w2: -0.5, b: 0.7 },
  OR: { w1: 0.5, w2: 0.5, b: -0.2 },
  XOR: { w1: 0.5, w2: 0.5, b: -0.2 },
};

/** How many of the four outputs agree with the gate. */
export function rowsMatching(outputs: readonly number[], gate: GateName): number {
  return countMatches(outputs, gateOutputs[gate]);
}

/** The gate (of AND, NAND, OR, XOR) whose table these outputs are, if any. */
export function gateOf(outputs: readonly number[]): GateName | undefined {
  return gateNames.find((g) => rowsMatching(outputs, g) === 4);
}
