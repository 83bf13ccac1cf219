// AdaGrad: each parameter's step shrinks with the sum of its squared gradients so far.
import type { FloatArray } from '../dtype';
import { ParamwiseOptimizer, StateBuffers } from './optimizer';

/** h ← h + dW²; W ← W − lr·dW / (√h + 1e-7). */
export class AdaGrad extends ParamwiseOptimizer {
  private readonly h = new StateBuffers();

  constructor(public lr = 0.01) {
    super();
  }

  protected step(p: FloatArray, g: FloatArray, key: string): void {
    const h = this.h.get(key, p.length);
    for (let i = 0; i < p.length; i++) {
      const gi = g[i] ?? 0;
      h[i] = (h[i] ?? 0) + gi * gi;
      p[i] = (p[i] ?? 0) - (this.lr * gi) / (Math.sqrt(h[i] ?? 0) + 1e-7);
    }
  }
}
