// Optimizers change parameters in place, one named tensor at a time, using the gradient of the same name.
import type { FloatArray } from '../dtype';
import type { Tensor } from '../tensor';

/** Anything with update(params, grads): each params[key] moves using grads[key]. */
export interface Optimizer {
  update(params: Readonly<Record<string, Tensor>>, grads: Readonly<Record<string, Tensor>>): void;
}

/** State keys for parameters given by position ("0", "1", …), made once so a step allocates no strings. */
const positionKeys: string[] = [];
function positionKey(i: number): string {
  for (let k = positionKeys.length; k <= i; k++) positionKeys.push(String(k));
  return positionKeys[i] ?? String(i);
}

/** An optimizer whose rule treats each parameter on its own: update calls step for every key. */
export abstract class ParamwiseOptimizer implements Optimizer {
  /** Moves one parameter p (in place) using its gradient g; key names the parameter (for its state). */
  protected abstract step(p: FloatArray, g: FloatArray, key: string): void;

  /** Called once per update before any step (Adam advances its time step here). */
  protected beginStep(): void {}

  /** One step for every parameter, in place; throws if a gradient is missing or has another size. */
  update(params: Readonly<Record<string, Tensor>>, grads: Readonly<Record<string, Tensor>>): void {
    this.beginStep();
    for (const key in params) {
      const p = params[key];
      const g = grads[key];
      if (!p) continue;
      if (!g) throw new Error(`optimizer: no gradient for parameter ${key}`);
      if (g.size !== p.size)
        throw new Error(`optimizer: gradient of ${key} has ${g.size} elements, the parameter ${p.size}`);
      this.step(p.data, g.data, key);
    }
  }

  /** The same step for parameters given as plain arrays, paired by position with grads (same lengths). */
  updateArrays(params: readonly FloatArray[], grads: readonly FloatArray[]): void {
    if (grads.length !== params.length)
      throw new Error(`optimizer: ${params.length} parameters but ${grads.length} gradients`);
    this.beginStep();
    for (let i = 0; i < params.length; i++) {
      const p = params[i];
      const g = grads[i];
      if (!p || !g || g.length !== p.length) throw new Error(`optimizer: gradient ${i} does not match its parameter`);
      this.step(p, g, positionKey(i));
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
