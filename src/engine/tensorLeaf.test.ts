// tensor.ts imports no autodiff (no import cycle); autodiff/backward.ts installs backward as it loads.
// Vitest gives each test file its own modules, so this file sees tensor.ts before anything else loads.
import { describe, expect, it } from 'vitest';
import { Tensor } from './tensor';

describe('Tensor#backward, installed from autodiff', () => {
  it('says clearly that autodiff is not loaded when tensor.ts is imported on its own', () => {
    const x = new Tensor(Float64Array.of(2), [], { requiresGrad: true });
    expect(() => x.backward()).toThrow(/backward: autodiff is not loaded; import the engine from its barrel/);
  });

  it('works once the barrel is imported', async () => {
    const { mul, tensor } = await import('./index');
    const x = tensor(3, { dtype: 'float64', requiresGrad: true });
    mul(x, x).backward();
    expect(x.grad?.item()).toBe(6);
  });
});
