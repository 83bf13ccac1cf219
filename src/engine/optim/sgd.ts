// Stochastic gradient descent: W ← W − η·∂L/∂W.
import { getBackend } from '../backend/backend';
import type { Tensor } from '../tensor';
import { forEachParam, type Optimizer } from './optimizer';

/** W ← W − lr·dW for every parameter. */
export class SGD implements Optimizer {
  constructor(public lr = 0.01) {}

  /** One step, in place. */
  update(params: Readonly<Record<string, Tensor>>, grads: Readonly<Record<string, Tensor>>): void {
    forEachParam(params, grads, (p, g) => getBackend().axpyInPlace(-this.lr, g, p));
  }
}
