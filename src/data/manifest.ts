// The shape of public/data/manifest.json, written by scripts/data/prepareData.ts and read (and
// validated) in the browser before any shard is fetched. One source of truth for file names too.
import { MNIST_PIXELS } from '../engine';

/** The data sets the book ships: full MNIST, Fashion-MNIST, and a small MNIST subset. */
export const datasetIds = ['mnist', 'fashion', 'mnist-small'] as const;
export type DatasetId = (typeof datasetIds)[number];

/** One gzip-compressed file (named *.bin so the server does not unzip it) and what it must contain. */
export interface ShardFile {
  readonly file: string;
  /** Size of the compressed file as served. */
  readonly bytes: number;
  /** Size after gunzip. */
  readonly rawBytes: number;
  /** SHA-256 of the compressed file, lowercase hex. */
  readonly sha256: string;
}

/** A split: `count` images of 28×28 bytes in one or more shards, and one label byte per image. */
export interface SplitInfo {
  readonly count: number;
  readonly images: readonly ShardFile[];
  readonly labels: ShardFile;
}

export interface DatasetInfo {
  readonly classes: readonly string[];
  readonly train: SplitInfo;
  readonly test: SplitInfo;
}

export interface DataManifest {
  readonly version: 1;
  /** Fingerprint of the inputs (package files and the converter version); equal → outputs are up to date. */
  readonly sourceFingerprint: string;
  readonly datasets: Readonly<Record<DatasetId, DatasetInfo>>;
}

/** The directory under the site root (public/data/) that holds the manifest and shards. */
export const DATA_DIR = 'data';
export const MANIFEST_FILE = 'manifest.json';

type Json = unknown;

function fail(path: string, what: string): never {
  throw new Error(`data manifest: ${path} ${what}`);
}

function obj(v: Json, path: string): Record<string, Json> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) fail(path, 'is not an object');
  return v as Record<string, Json>;
}

function count(v: Json, path: string): number {
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0) fail(path, 'is not a non-negative integer');
  return v;
}

function parseShard(v: Json, path: string): ShardFile {
  const o = obj(v, path);
  const file = o.file;
  if (typeof file !== 'string' || !/^[a-z0-9.-]+\.bin$/.test(file))
    fail(`${path}.file`, 'is not a shard file name (*.bin)');
  const sha256 = o.sha256;
  if (typeof sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(sha256))
    fail(`${path}.sha256`, 'is not a SHA-256 hex digest');
  return { file, sha256, bytes: count(o.bytes, `${path}.bytes`), rawBytes: count(o.rawBytes, `${path}.rawBytes`) };
}

function parseSplit(v: Json, path: string): SplitInfo {
  const o = obj(v, path);
  const n = count(o.count, `${path}.count`);
  if (!Array.isArray(o.images) || o.images.length === 0) fail(`${path}.images`, 'is not a list of shards');
  const images = o.images.map((s, i) => parseShard(s, `${path}.images[${i}]`));
  const labels = parseShard(o.labels, `${path}.labels`);
  const pixels = images.reduce((a, s) => a + s.rawBytes, 0);
  if (pixels !== n * MNIST_PIXELS) fail(path, `has ${pixels} pixel bytes for ${n} images`);
  if (labels.rawBytes !== n) fail(path, `has ${labels.rawBytes} labels for ${n} images`);
  return { count: n, images, labels };
}

/** Validates the manifest JSON, throwing a message that names the bad field. */
export function parseManifest(json: Json): DataManifest {
  const o = obj(json, 'root');
  if (o.version !== 1) fail('version', 'is not 1');
  if (typeof o.sourceFingerprint !== 'string') fail('sourceFingerprint', 'is not a string');
  const ds = obj(o.datasets, 'datasets');
  const datasets = {} as Record<DatasetId, DatasetInfo>;
  for (const id of datasetIds) {
    const d = obj(ds[id], `datasets.${id}`);
    if (!Array.isArray(d.classes) || d.classes.length !== 10 || !d.classes.every((c) => typeof c === 'string'))
      fail(`datasets.${id}.classes`, 'is not 10 class names');
    datasets[id] = {
      classes: d.classes as string[],
      train: parseSplit(d.train, `datasets.${id}.train`),
      test: parseSplit(d.test, `datasets.${id}.test`),
    };
  }
  return { version: 1, sourceFingerprint: o.sourceFingerprint, datasets };
}

/** Every shard file a manifest names. */
export function shardFiles(m: DataManifest): ShardFile[] {
  return datasetIds.flatMap((id) => {
    const d = m.datasets[id];
    return [d.train, d.test].flatMap((s) => [...s.images, s.labels]);
  });
}
