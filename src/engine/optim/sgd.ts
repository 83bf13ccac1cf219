// Stochastic gradient descent: W ← W − η·∂L/∂W.
import { getBackend } from '../backend/backend';
import type { FloatArray } from '../dtype';
import { ParamwiseOptimizer } from './optimizer';

/** W ← W − lr·dW for every parameter. */
export class SGD extends ParamwiseOptimizer {
  constructor(public lr = 0.01) {
    super();
  }

  protected step(p: FloatArray, g: FloatArray): void {
    getBackend().axpyInPlace(-this.lr, g, p);
  }
}
