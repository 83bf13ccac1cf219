import { describe, expect, it } from 'vitest';
import { Tensor, tensor, zeros } from './index';

describe('tensor', () => {
  it('makes a 0-d tensor from a number, with shape [] and one item', () => {
    const t = tensor(3.5);
    expect(t.shape).toEqual([]);
    expect(t.item()).toBe(3.5);
    expect(t.toArray()).toBe(3.5);
  });

  it('infers the shape of nested arrays and round-trips them through toArray', () => {
    const t = tensor([
      [1, 2, 3],
      [4, 5, 6],
    ]);
    expect(t.shape).toEqual([2, 3]);
    expect(t.toArray()).toEqual([
      [1, 2, 3],
      [4, 5, 6],
    ]);
    expect(Array.from(t.data)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('defaults to float32 and keeps full precision in float64', () => {
    expect(tensor(0.1).dtype).toBe('float32');
    expect(tensor(0.1).item()).not.toBe(0.1);
    expect(tensor(0.1, { dtype: 'float64' }).item()).toBe(0.1);
  });

  it('accepts a flat typed array with a shape', () => {
    const t = tensor(new Float64Array([1, 2, 3, 4]), { shape: [2, 2] });
    expect(t.dtype).toBe('float64');
    expect(t.toArray()).toEqual([
      [1, 2],
      [3, 4],
    ]);
  });

  it('rejects ragged nested arrays and buffers that do not fill the shape', () => {
    expect(() => tensor([[1, 2], [3]])).toThrow(/ragged/);
    expect(() => new Tensor(new Float32Array(3), [2, 2])).toThrow(/3 values do not fill shape \[2,2\]/);
  });

  it('refuses item() on a tensor with more than one element', () => {
    expect(() => zeros([2]).item()).toThrow(/item: tensor of shape \[2\]/);
  });

  it('keeps requiresGrad, label and a null grad on new leaves', () => {
    const t = tensor(100, { requiresGrad: true, label: 'apple' });
    expect(t.requiresGrad).toBe(true);
    expect(t.label).toBe('apple');
    expect(t.grad).toBeNull();
    expect(t.creator).toBeNull();
  });
});
