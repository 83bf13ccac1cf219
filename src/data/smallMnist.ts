// A small slice of real MNIST for widgets that train on the main thread: the first 1,000 training
// and 500 test images, fetched from this site's public/data/ (written by `npm run data`) and
// checked against the manifest's SHA-256 checksums.
import { scalePixels } from '../engine';
import { loadDataset } from './loadDataset';

export interface SmallMnist {
  /** trainCount × 784 pixels scaled to [0, 1]. */
  trainImages: Float32Array;
  trainLabels: Uint8Array;
  /** testCount × 784 pixels scaled to [0, 1]. */
  testImages: Float32Array;
  testLabels: Uint8Array;
  trainCount: number;
  testCount: number;
}

let cached: Promise<SmallMnist> | null = null;

/**
 * The small MNIST subset (1,000 train, 500 test). Loaded once per page; a failed load (missing or corrupt
 * file: a DataLoadError with a clear message) is not cached, so calling again retries.
 */
export function loadSmallMnist(): Promise<SmallMnist> {
  cached ??= loadDataset('mnist-small').then(
    ({ train, test }) => ({
      trainImages: scalePixels(train.images),
      trainLabels: train.labels,
      testImages: scalePixels(test.images),
      testLabels: test.labels,
      trainCount: train.count,
      testCount: test.count,
    }),
    (err: unknown) => {
      cached = null;
      throw err;
    },
  );
  return cached;
}
