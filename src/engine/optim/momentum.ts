// Momentum: a velocity that remembers past steps, like a ball rolling downhill.
import type { FloatArray } from '../dtype';
import { ParamwiseOptimizer, StateBuffers } from './optimizer';

/** v ← αv − lr·dW; W ← W + v. */
export class Momentum extends ParamwiseOptimizer {
  private readonly v = new StateBuffers();

  constructor(
    public lr = 0.01,
    public momentum = 0.9,
  ) {
    super();
  }

  protected step(p: FloatArray, g: FloatArray, key: string): void {
    const v = this.v.get(key, p.length);
    for (let i = 0; i < p.length; i++) {
      v[i] = this.momentum * (v[i] ?? 0) - this.lr * (g[i] ?? 0);
      p[i] = (p[i] ?? 0) + (v[i] ?? 0);
    }
  }
}
