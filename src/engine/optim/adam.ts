// Adam: momentum (a running mean m of gradients) plus AdaGrad-like scaling (a running mean v of
// squared gradients), with the bias correction folded into the step size, as in the book.
import type { Tensor } from '../tensor';
import { forEachParam, StateBuffers, type Optimizer } from './optimizer';

/** t ← t+1; lrₜ = lr·√(1−β₂ᵗ)/(1−β₁ᵗ); m += (1−β₁)(dW−m); v += (1−β₂)(dW²−v); W −= lrₜ·m/(√v + 1e-7). */
export class Adam implements Optimizer {
  private readonly m = new StateBuffers();
  private readonly v = new StateBuffers();
  private iter = 0;

  constructor(
    public lr = 0.001,
    public beta1 = 0.9,
    public beta2 = 0.999,
  ) {}

  /** One step, in place. */
  update(params: Readonly<Record<string, Tensor>>, grads: Readonly<Record<string, Tensor>>): void {
    this.iter++;
    const lrT = (this.lr * Math.sqrt(1 - this.beta2 ** this.iter)) / (1 - this.beta1 ** this.iter);
    forEachParam(params, grads, (p, g, key) => {
      const m = this.m.get(key, p.length);
      const v = this.v.get(key, p.length);
      for (let i = 0; i < p.length; i++) {
        const gi = g[i] ?? 0;
        m[i] = (m[i] ?? 0) + (1 - this.beta1) * (gi - (m[i] ?? 0));
        v[i] = (v[i] ?? 0) + (1 - this.beta2) * (gi * gi - (v[i] ?? 0));
        p[i] = (p[i] ?? 0) - (lrT * (m[i] ?? 0)) / (Math.sqrt(v[i] ?? 0) + 1e-7);
      }
    });
  }
}
