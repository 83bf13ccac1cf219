// Momentum: a velocity that remembers past steps, like a ball rolling downhill.
import type { Tensor } from '../tensor';
import { forEachParam, StateBuffers, type Optimizer } from './optimizer';

/** v ← αv − lr·dW; W ← W + v. */
export class Momentum implements Optimizer {
  private readonly v = new StateBuffers();

  constructor(
    public lr = 0.01,
    public momentum = 0.9,
  ) {}

  /** One step, in place. */
  update(params: Readonly<Record<string, Tensor>>, grads: Readonly<Record<string, Tensor>>): void {
    forEachParam(params, grads, (p, g, key) => {
      const v = this.v.get(key, p.length);
      for (let i = 0; i < p.length; i++) {
        v[i] = this.momentum * (v[i] ?? 0) - this.lr * (g[i] ?? 0);
        p[i] = (p[i] ?? 0) + (v[i] ?? 0);
      }
    });
  }
}
