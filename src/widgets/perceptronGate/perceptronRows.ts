import { add, matmul, step, tensor } from '../../engine';
import { inputRows } from '../kit/controls/truthTable';
import type { PerceptronParams } from '../kit/logic/gates';

export interface TruthRow {
  x1: number;
  x2: number;
  /** Weighted sum a = w1·x1 + w2·x2 + b. */
  a: number;
  /** Output y = step(a): 1 when a > 0, else 0. */
  y: number;
}

/** Runs all four rows through the perceptron on the engine: A = X·w + b (4,), Y = step(A). */
export function perceptronRows({ w1, w2, b }: PerceptronParams): TruthRow[] {
  const X = tensor(
    inputRows.map((r) => [...r]),
    { dtype: 'float64' },
  );
  const w = tensor([w1, w2], { dtype: 'float64' });
  const A = add(matmul(X, w), tensor(b, { dtype: 'float64' }));
  const Y = step(A);
  return inputRows.map(([x1, x2], i) => ({ x1, x2, a: A.data[i] ?? Number.NaN, y: Y.data[i] ?? Number.NaN }));
}
