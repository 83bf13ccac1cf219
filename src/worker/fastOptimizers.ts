// SGD, Momentum and Adam over a fixed list of float32 parameter arrays, with their state made once,
// so an update allocates nothing (the engine's optimizers take named tensors through Object.entries).
import { getBackend } from '../engine';

export type OptimizerName = 'sgd' | 'momentum' | 'adam';

export interface FastOptimizer {
  update(params: readonly Float32Array[], grads: readonly Float32Array[]): void;
}

/** W ← W − lr·dW. */
class Sgd implements FastOptimizer {
  constructor(private readonly lr: number) {}
  update(params: readonly Float32Array[], grads: readonly Float32Array[]): void {
    const be = getBackend();
    for (let i = 0; i < params.length; i++) be.axpyInPlace(-this.lr, grads[i] ?? new Float32Array(0), params[i] ?? new Float32Array(0));
  }
}

/** v ← 0.9·v − lr·dW; W ← W + v. */
class Momentum implements FastOptimizer {
  private readonly v: Float32Array[];
  constructor(
    private readonly lr: number,
    sizes: readonly number[],
    private readonly momentum = 0.9,
  ) {
    this.v = sizes.map((s) => new Float32Array(s));
  }
  update(params: readonly Float32Array[], grads: readonly Float32Array[]): void {
    for (let k = 0; k < params.length; k++) {
      const [p, g, v] = [params[k], grads[k], this.v[k]];
      if (!p || !g || !v) continue;
      for (let i = 0; i < p.length; i++) {
        const vi = this.momentum * (v[i] ?? 0) - this.lr * (g[i] ?? 0);
        v[i] = vi;
        p[i] = (p[i] ?? 0) + vi;
      }
    }
  }
}

/** The book's Adam: m, v running means; W −= lrₜ·m/(√v + 1e−7) with lrₜ = lr·√(1−β₂ᵗ)/(1−β₁ᵗ). */
class Adam implements FastOptimizer {
  private readonly m: Float32Array[];
  private readonly v: Float32Array[];
  private t = 0;
  constructor(
    private readonly lr: number,
    sizes: readonly number[],
    private readonly beta1 = 0.9,
    private readonly beta2 = 0.999,
  ) {
    this.m = sizes.map((s) => new Float32Array(s));
    this.v = sizes.map((s) => new Float32Array(s));
  }
  update(params: readonly Float32Array[], grads: readonly Float32Array[]): void {
    this.t++;
    const lrT = (this.lr * Math.sqrt(1 - this.beta2 ** this.t)) / (1 - this.beta1 ** this.t);
    const [b1, b2] = [1 - this.beta1, 1 - this.beta2];
    for (let k = 0; k < params.length; k++) {
      const [p, g, m, v] = [params[k], grads[k], this.m[k], this.v[k]];
      if (!p || !g || !m || !v) continue;
      for (let i = 0; i < p.length; i++) {
        const gi = g[i] ?? 0;
        const mi = (m[i] ?? 0) + b1 * (gi - (m[i] ?? 0));
        const vi = (v[i] ?? 0) + b2 * (gi * gi - (v[i] ?? 0));
        m[i] = mi;
        v[i] = vi;
        p[i] = (p[i] ?? 0) - (lrT * mi) / (Math.sqrt(vi) + 1e-7);
      }
    }
  }
}

/** An optimizer for parameters of the given lengths. */
export function createOptimizer(name: OptimizerName, lr: number, sizes: readonly number[]): FastOptimizer {
  switch (name) {
    case 'sgd':
      return new Sgd(lr);
    case 'momentum':
      return new Momentum(lr, sizes);
    case 'adam':
      return new Adam(lr, sizes);
  }
}
