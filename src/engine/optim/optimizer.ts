// Optimizers change parameters in place, one named tensor at a time, using the gradient of the same name.
import type { FloatArray } from '../dtype';
import type { Tensor } from '../tensor';

/** Anything with update(params, grads): each params[key] moves using grads[key]. */
export interface Optimizer {
  update(params: Readonly<Record<string, Tensor>>, grads: Readonly<Record<string, Tensor>>): void;
}

/** Calls step(param data, grad data, key) for every parameter, checking that the gradient exists and fits. */
export function forEachParam(params: Readonly<Record<string, Tensor>>, grads: Readonly<Record<string, Tensor>>, step: (p: FloatArray, g: FloatArray, key: string) => void): void {
  for (const key in params) {
    const p = params[key];
    const g = grads[key];
    if (!p) continue;
    if (!g) throw new Error(`optimizer: no gradient for parameter ${key}`);
    if (g.size !== p.size) throw new Error(`optimizer: gradient of ${key} has ${g.size} elements, the parameter ${p.size}`);
    step(p.data, g.data, key);
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
