import { add, matmul, mean, pow, sub, tensor } from '../../../engine';

const f64 = { dtype: 'float64' as const };

/** A linear neuron's parameters: ŷ = z · w + b. */
export interface LinearParams {
  w: readonly number[];
  b: number;
}

/** The neuron on some rows: each prediction, the MSE (1/n)Σ(ŷ − y)², and ∂MSE/∂w, ∂MSE/∂b by autodiff. */
export interface LinearEval {
  predictions: number[];
  loss: number;
  gradW: number[];
  gradB: number;
}

/** Runs ŷ = Z·w + b (n,) on the engine and differentiates the mean squared error. */
export function evaluateLinear(
  Z: readonly (readonly number[])[],
  y: readonly number[],
  { w, b }: LinearParams,
): LinearEval {
  const Zt = tensor(
    Z.map((r) => [...r]),
    f64,
  );
  const W = tensor([...w], { ...f64, requiresGrad: true });
  const B = tensor(b, { ...f64, requiresGrad: true });
  const pred = add(matmul(Zt, W), B);
  const loss = mean(pow(sub(pred, tensor([...y], f64)), 2));
  loss.backward();
  return {
    predictions: [...pred.data],
    loss: loss.item(),
    gradW: [...(W.grad?.data ?? w.map(() => Number.NaN))],
    gradB: B.grad?.data[0] ?? Number.NaN,
  };
}

/** One gradient-descent update on the given rows: w ← w − η ∂L/∂w, b ← b − η ∂L/∂b. */
export function linearStep(
  Z: readonly (readonly number[])[],
  y: readonly number[],
  p: LinearParams,
  lr: number,
): LinearParams {
  const e = evaluateLinear(Z, y, p);
  return { w: p.w.map((v, j) => v - lr * (e.gradW[j] ?? 0)), b: p.b - lr * e.gradB };
}

/** Whether parameters (or a loss) have run off: not finite or absurdly large. */
export function hasDiverged(p: LinearParams, loss: number, limit = 1e8): boolean {
  return !Number.isFinite(loss) || loss > limit || !Number.isFinite(p.b) || p.w.some((v) => !Number.isFinite(v));
}
