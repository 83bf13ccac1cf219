import { add, crossEntropy, log, mean, mse, mul, neg, pow, sub, sum, tensor } from '../../engine';

const f64 = { dtype: 'float64' as const };

/** Squared-error loss of predictions y against targets t, under the three conventions books use. */
export interface SquaredError {
  /** (y_k − t_k)² for each k. */
  terms: number[];
  /** Σ (y − t)²: the lecture notes' L. */
  sum: number;
  /** ½ Σ (y − t)²: Deep Learning from Scratch's mean_squared_error (and our engine's mse). */
  half: number;
  /** (1/n) Σ (y − t)²: the statistician's mean squared error. */
  mean: number;
}

/** Each squared difference and their sum, half-sum and mean, computed on the engine. */
export function squaredError(y: readonly number[], t: readonly number[]): SquaredError {
  const Y = tensor([...y], f64);
  const T = tensor([...t], f64);
  const sq = pow(sub(Y, T), 2);
  return { terms: [...sq.data], sum: sum(sq).item(), half: mse(Y, T).item(), mean: mean(sq).item() };
}

/** Cross-entropy of predicted probabilities y for the true class `label` (one-hot t), with every term. */
export interface CrossEntropyTerms {
  /** −t_k · log(y_k + 1e-7): zero except at the label. */
  terms: number[];
  total: number;
  /** Σ y_k: 1 for a real probability vector. */
  mass: number;
}

/** E = −Σ t_k log(y_k + 1e-7) with t one-hot at `label`, term by term on the engine. */
export function crossEntropyTerms(y: readonly number[], label: number): CrossEntropyTerms {
  const Y = tensor([...y], f64);
  const T = tensor(
    y.map((_, k) => (k === label ? 1 : 0)),
    f64,
  );
  const terms = neg(mul(T, log(add(Y, 1e-7))));
  return {
    terms: [...terms.data].map((v) => (Object.is(v, -0) ? 0 : v)),
    total: crossEntropy(Y, [label]).item(),
    mass: sum(Y).item(),
  };
}

/** −log y on (0, 1], sampled for the curve beside the table. */
export function negLogCurve(samples: number): [number, number][] {
  const ys = Array.from({ length: samples }, (_, i) => 0.005 + (i / (samples - 1)) * 0.995);
  const v = neg(log(tensor(ys, f64)));
  return ys.map((p, i) => [p, v.data[i] ?? 0]);
}
