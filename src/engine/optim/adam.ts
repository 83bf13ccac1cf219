// Adam: momentum (a running mean m of gradients) plus AdaGrad-like scaling (a running mean v of
// squared gradients), with the bias correction folded into the step size, as in the book.
import type { FloatArray } from '../dtype';
import { ParamwiseOptimizer, StateBuffers } from './optimizer';

/** t ← t+1; lrₜ = lr·√(1−β₂ᵗ)/(1−β₁ᵗ); m += (1−β₁)(dW−m); v += (1−β₂)(dW²−v); W −= lrₜ·m/(√v + 1e-7). */
export class Adam extends ParamwiseOptimizer {
  private readonly m = new StateBuffers();
  private readonly v = new StateBuffers();
  private iter = 0;
  private lrT = 0;

  constructor(
    public lr = 0.001,
    public beta1 = 0.9,
    public beta2 = 0.999,
  ) {
    super();
  }

  /** Advances t and sets this step's bias-corrected rate lrₜ. */
  protected override beginStep(): void {
    this.iter++;
    this.lrT = (this.lr * Math.sqrt(1 - this.beta2 ** this.iter)) / (1 - this.beta1 ** this.iter);
  }

  protected step(p: FloatArray, g: FloatArray, key: string): void {
    const m = this.m.get(key, p.length);
    const v = this.v.get(key, p.length);
    for (let i = 0; i < p.length; i++) {
      const gi = g[i] ?? 0;
      m[i] = (m[i] ?? 0) + (1 - this.beta1) * (gi - (m[i] ?? 0));
      v[i] = (v[i] ?? 0) + (1 - this.beta2) * (gi * gi - (v[i] ?? 0));
      p[i] = (p[i] ?? 0) - (this.lrT * (m[i] ?? 0)) / (Math.sqrt(v[i] ?? 0) + 1e-7);
    }
  }
}
