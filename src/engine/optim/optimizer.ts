// Optimizers change parameters in place, one named tensor at a time, using the gradient of the same name.
import type { FloatArray } from '../dtype';
import type { Tensor } from '../tensor';

/** Anything with update(params, grads): each params[key] moves using grads[key]. */
export interface Optimizer {
  update(params: Readonly<Record<string, Tensor>>, grads: Readonly<Record<string, Tensor>>): void;
}

/** An optimizer whose rule treats each parameter on its own: update calls step for every key. */
export abstract class ParamwiseOptimizer implements Optimizer {
  /** Moves one parameter p (in place) using its gradient g; key names the parameter (for its state). */
  protected abstract step(p: FloatArray, g: FloatArray, key: string): void;

  /** One step for every parameter, in place; throws if a gradient is missing or has another size. */
  update(params: Readonly<Record<string, Tensor>>, grads: Readonly<Record<string, Tensor>>): void {
    for (const key in params) {
      const p = params[key];
      const g = grads[key];
      if (!p) continue;
      if (!g) throw new Error(`optimizer: no gradient for parameter ${key}`);
      if (g.size !== p.size) throw new Error(`optimizer: gradient of ${key} has ${g.size} elements, the parameter ${p.size}`);
      this.step(p.data, g.data, key);
    }
  }
}

/** Per-parameter state buffers (velocities, squared-gradient sums), made on first use. */
export class StateBuffers {
  private readonly buffers = new Map<string, Float64Array>();

  /** The zero-initialised buffer for key, as long as the parameter. */
  get(key: string, length: number): Float64Array {
    let b = this.buffers.get(key);
    if (!b || b.length !== length) {
      b = new Float64Array(length);
      this.buffers.set(key, b);
    }
    return b;
  }
}
