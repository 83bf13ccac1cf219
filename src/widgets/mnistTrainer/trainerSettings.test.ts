import { describe, expect, it } from 'vitest';
import { learningRateOf, matchingPreset, presets, toConfig } from './trainerSettings';

describe('trainer settings', () => {
  it('makes the book recipe 784-50-10, SGD 0.1, batch 100, 10,000 steps', () => {
    const c = toConfig(presets.book);
    expect(c).toMatchObject({
      hidden: [50],
      optimizer: 'sgd',
      learningRate: 0.1,
      batchSize: 100,
      maxSteps: 10_000,
      activation: 'relu',
    });
  });

  it('has a no-hidden-layer preset (softmax regression) on Fashion-MNIST', () => {
    expect(toConfig(presets.softmax)).toMatchObject({ hidden: [], dataset: 'fashion' });
  });

  it('reads the learning rate from its log₁₀ setting with 3 significant digits', () => {
    expect(learningRateOf(-2.7)).toBe(0.002);
    expect(learningRateOf(-1)).toBe(0.1);
    expect(learningRateOf(3)).toBe(1000);
  });

  it('recognises a preset only when every setting matches', () => {
    expect(matchingPreset(presets.book)).toBe('book');
    expect(matchingPreset({ ...presets.book, seed: 2 })).toBeNull();
  });
});
