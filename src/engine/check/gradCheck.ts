// Gradient checking: compare backprop's gradients with numerical ones. In float64 they should
// agree to about 1e-7 or better; a wrong gradient rule shows up as a large difference.
import type { Tensor } from '../tensor';
import { numericalGradient } from './numericalGradient';

/** How far backprop and central differences disagree for one parameter. */
export interface GradDifference {
  readonly meanAbsDiff: number;
  readonly maxAbsDiff: number;
}

/** Mean and max |a − b| over the elements of two gradients of the same shape. */
export function gradDifference(a: Tensor, b: Tensor): GradDifference {
  let sum = 0;
  let max = 0;
  for (let i = 0; i < a.size; i++) {
    const d = Math.abs((a.data[i] ?? 0) - (b.data[i] ?? NaN));
    sum += d;
    max = Math.max(max, d);
  }
  return { meanAbsDiff: a.size === 0 ? 0 : sum / a.size, maxAbsDiff: max };
}

/** gradDifference for every key of two sets of named gradients (as the book's gradient_check.py prints). */
export function compareGradients<K extends string>(
  a: Readonly<Record<K, Tensor>>,
  b: Readonly<Record<K, Tensor>>,
): Record<K, GradDifference> {
  const result = {} as Record<K, GradDifference>;
  for (const key of Object.keys(a) as K[]) result[key] = gradDifference(a[key], b[key]);
  return result;
}

/**
 * For a scalar f() built from params (which must require grad), the mean and max |analytic − numeric|
 * per parameter; params' grads are left holding the analytic gradient.
 */
export function gradCheck<K extends string>(
  f: () => Tensor,
  params: Readonly<Record<K, Tensor>>,
  h = 1e-4,
): Record<K, GradDifference> {
  const names = Object.keys(params) as K[];
  for (const name of names) params[name].grad = null;
  f().backward();
  const result = {} as Record<K, GradDifference>;
  for (const name of names) {
    const p = params[name];
    const numeric = numericalGradient(() => f().item(), p, h);
    result[name] = p.grad ? gradDifference(p.grad, numeric) : { meanAbsDiff: NaN, maxAbsDiff: NaN };
  }
  return result;
}
