// AdaGrad: each parameter's step shrinks with the sum of its squared gradients so far.
import type { Tensor } from '../tensor';
import { forEachParam, StateBuffers, type Optimizer } from './optimizer';

/** h ← h + dW²; W ← W − lr·dW / (√h + 1e-7). */
export class AdaGrad implements Optimizer {
  private readonly h = new StateBuffers();

  constructor(public lr = 0.01) {}

  /** One step, in place. */
  update(params: Readonly<Record<string, Tensor>>, grads: Readonly<Record<string, Tensor>>): void {
    forEachParam(params, grads, (p, g, key) => {
      const h = this.h.get(key, p.length);
      for (let i = 0; i < p.length; i++) {
        const gi = g[i] ?? 0;
        h[i] = (h[i] ?? 0) + gi * gi;
        p[i] = (p[i] ?? 0) - (this.lr * gi) / (Math.sqrt(h[i] ?? 0) + 1e-7);
      }
    });
  }
}
