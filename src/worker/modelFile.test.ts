import { describe, expect, it } from 'vitest';
import { decodeModel, encodeModel } from './modelFile';
import type { ModelWeights } from './protocol';

const model: ModelWeights = {
  sizes: [784, 3, 10],
  activation: 'relu',
  dataset: 'mnist',
  testAccuracy: 0.5,
  params: [
    Float32Array.from({ length: 784 * 3 }, (_, i) => i / 1000),
    new Float32Array([1, 2, 3]),
    Float32Array.from({ length: 30 }, (_, i) => -i),
    new Float32Array(10).fill(0.25),
  ],
};

describe('model file', () => {
  it('round-trips sizes, activation, accuracy and every weight', () => {
    const back = decodeModel(encodeModel(model));
    expect(back.sizes).toEqual([784, 3, 10]);
    expect(back.activation).toBe('relu');
    expect(back.testAccuracy).toBe(0.5);
    back.params.forEach((p, i) => expect(Array.from(p)).toEqual(Array.from(model.params[i]!)));
  });

  it('refuses other files, truncated files, wrong shapes and NaN weights with a reason', () => {
    expect(() => decodeModel(new TextEncoder().encode('hello world, not a model'))).toThrow(
      /does not start with NNBOOK01/,
    );
    const bytes = encodeModel(model);
    expect(() => decodeModel(bytes.subarray(0, bytes.length - 4))).toThrow(/needs/);
    expect(() => decodeModel(encodeModel({ ...model, sizes: [100, 3, 10] }))).toThrow(/must take 784 pixels/);
    const nan = encodeModel({
      ...model,
      params: [model.params[0]!, new Float32Array([1, NaN, 3]), model.params[2]!, model.params[3]!],
    });
    expect(() => decodeModel(nan)).toThrow(/NaN/);
  });
});
