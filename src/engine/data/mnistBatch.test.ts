import { describe, expect, it } from 'vitest';
import {
  argmax,
  argmaxRowsInPlace,
  gatherImagesInPlace,
  MNIST_CLASSES,
  MNIST_PIXELS,
  scalePixels,
  scalePixelsInPlace,
} from '../index';

describe('MNIST inputs', () => {
  it('has 28·28 = 784 pixels and 10 classes', () => {
    expect([MNIST_PIXELS, MNIST_CLASSES]).toEqual([784, 10]);
  });

  it('scales bytes to [0, 1] as float32, into a given place of a buffer', () => {
    expect(Array.from(scalePixels(Uint8Array.of(0, 51, 255)))).toEqual([0, Math.fround(0.2), 1]);
    const out = new Float64Array(4);
    scalePixelsInPlace(Uint8Array.of(9, 255, 0, 51), 1, 2, out, 2);
    expect(Array.from(out)).toEqual([0, 0, 1, 0]);
  });

  it('gathers the chosen rows in order', () => {
    const out = new Float32Array(4);
    gatherImagesInPlace(Uint8Array.of(0, 255, 51, 0, 255, 255), 2, [2, 0], out);
    expect(Array.from(out)).toEqual([1, 1, 0, 1]);
  });
});

describe('argmax', () => {
  it('gives the first index of the largest value, also within a slice and per row', () => {
    expect(argmax([0.1, 0.7, 0.7, 0.2])).toBe(1);
    expect(argmax([5, 1, 2, 3], 1, 3)).toBe(2);
    const out = new Uint8Array(2);
    argmaxRowsInPlace(Float32Array.of(0, 2, 1, 3, 3, 0), 2, 3, out);
    expect(Array.from(out)).toEqual([1, 0]);
  });
});
