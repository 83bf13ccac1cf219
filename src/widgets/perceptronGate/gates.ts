import { add, matmul, step, tensor } from '../../engine';

/** The gates a perceptron is asked to be in this chapter. */
export type GateName = 'AND' | 'NAND' | 'OR' | 'XOR';
export const gateNames: readonly GateName[] = ['AND', 'NAND', 'OR', 'XOR'];

/** The four inputs in the book's order: (0,0), (1,0), (0,1), (1,1). */
export const inputRows: readonly (readonly [number, number])[] = [[0, 0], [1, 0], [0, 1], [1, 1]];

/** Each gate's outputs for the rows above. */
export const gateOutputs: Record<GateName, readonly number[]> = {
  AND: [0, 0, 0, 1],
  NAND: [1, 1, 1, 0],
  OR: [0, 1, 1, 1],
  XOR: [0, 1, 1, 0],
};

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

export interface TruthRow {
  x1: number;
  x2: number;
  /** Weighted sum a = w1·x1 + w2·x2 + b. */
  a: number;
  /** Output y = step(a): 1 when a > 0, else 0. */
  y: number;
}

/** Runs all four rows through the perceptron on the engine: A = X·w + b (4,), Y = step(A). */
export function truthTable({ w1, w2, b }: PerceptronParams): TruthRow[] {
  const X = tensor(inputRows.map((r) => [...r]), { dtype: 'float64' });
  const w = tensor([w1, w2], { dtype: 'float64' });
  const A = add(matmul(X, w), tensor(b, { dtype: 'float64' }));
  const Y = step(A);
  return inputRows.map(([x1, x2], i) => ({ x1, x2, a: A.data[i] ?? Number.NaN, y: Y.data[i] ?? Number.NaN }));
}

/** How many of the four rows agree with the gate. */
export function rowsMatching(rows: readonly TruthRow[], gate: GateName): number {
  return rows.filter((r, i) => r.y === gateOutputs[gate][i]).length;
}

/** The gate (of AND, NAND, OR, XOR) whose table these outputs are, if any. */
export function gateOf(rows: readonly TruthRow[]): GateName | undefined {
  return gateNames.find((g) => rowsMatching(rows, g) === 4);
}
