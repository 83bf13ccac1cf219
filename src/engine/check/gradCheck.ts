// Gradient checking: compare backprop's gradients with numerical ones. In float64 they should
// agree to about 1e-7 or better; a wrong gradient rule shows up as a large difference.
import type { Tensor } from '../tensor';
import { numericalGradient } from './numericalGradient';

/** How far backprop and central differences disagree for one parameter. */
export interface GradDifference {
  readonly meanAbsDiff: number;
  readonly maxAbsDiff: number;
}

/**
 * For a scalar f() built from params (which must require grad), the mean and max |analytic − numeric|
 * per parameter; params' grads are left holding the analytic gradient.
 */
export function gradCheck<K extends string>(f: () => Tensor, params: Readonly<Record<K, Tensor>>, h = 1e-4): Record<K, GradDifference> {
  const names = Object.keys(params) as K[];
  for (const name of names) params[name].grad = null;
  f().backward();
  const result = {} as Record<K, GradDifference>;
  for (const name of names) {
    const p = params[name];
    const numeric = numericalGradient(() => f().item(), p, h);
    let sum = 0;
    let max = 0;
    for (let i = 0; i < p.size; i++) {
      const d = Math.abs((p.grad?.data[i] ?? 0) - (numeric.data[i] ?? 0));
      sum += d;
      max = Math.max(max, d);
    }
    result[name] = { meanAbsDiff: p.size === 0 ? 0 : sum / p.size, maxAbsDiff: max };
  }
  return result;
}
