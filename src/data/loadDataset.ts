// Loading a whole data set from public/data/: the manifest (validated), then every shard of both
// splits with one combined byte count for a progress bar.
import { MNIST_PIXELS } from '../engine';
import { DataLoadError, dataUrl, fetchShard } from './fetchShard';
import { MANIFEST_FILE, parseManifest, type DataManifest, type DatasetId, type SplitInfo } from './manifest';

/** One split as bytes: images (count × 784, 0–255) and labels (count, 0–9). */
export interface ByteSplit {
  readonly count: number;
  readonly images: Uint8Array;
  readonly labels: Uint8Array;
}

export interface ByteDataset {
  readonly id: DatasetId;
  readonly classes: readonly string[];
  readonly train: ByteSplit;
  readonly test: ByteSplit;
}

/** Bytes downloaded so far out of the total for the data set. */
export interface LoadProgress {
  readonly loaded: number;
  readonly total: number;
}

/** The validated manifest; a missing or malformed one is a DataLoadError with a hint. */
export async function fetchManifest(): Promise<DataManifest> {
  let res: Response;
  try {
    res = await fetch(dataUrl(MANIFEST_FILE), { cache: 'no-cache' });
  } catch (err) {
    throw new DataLoadError(
      `The data manifest could not be downloaded (${err instanceof Error ? err.message : String(err)}).`,
    );
  }
  if (!res.ok)
    throw new DataLoadError(`The data manifest is missing (HTTP ${res.status}). Run \`npm run data\` and rebuild.`);
  try {
    return parseManifest(await res.json());
  } catch (err) {
    throw new DataLoadError(`The data manifest is corrupt: ${err instanceof Error ? err.message : String(err)}`);
  }
}

function splitBytes(split: SplitInfo): number {
  return split.images.reduce((a, s) => a + s.bytes, split.labels.bytes);
}

async function loadSplit(split: SplitInfo, onBytes: (n: number) => void): Promise<ByteSplit> {
  const parts = await Promise.all(split.images.map((s) => fetchShard(s, onBytes)));
  const images = new Uint8Array(split.count * MNIST_PIXELS);
  let at = 0;
  for (const p of parts) {
    images.set(p, at);
    at += p.length;
  }
  const labels = await fetchShard(split.labels, onBytes);
  const bad = labels.findIndex((l) => l > 9);
  if (bad >= 0)
    throw new DataLoadError(`data file ${split.labels.file} is corrupt: label ${labels[bad]} at ${bad} is not 0–9.`);
  return { count: split.count, images, labels };
}

/** Downloads, verifies and decompresses a data set, reporting bytes as they arrive. */
export async function loadDataset(
  id: DatasetId,
  onProgress: (p: LoadProgress) => void = () => {},
): Promise<ByteDataset> {
  const info = (await fetchManifest()).datasets[id];
  const total = splitBytes(info.train) + splitBytes(info.test);
  let loaded = 0;
  onProgress({ loaded, total });
  const onBytes = (n: number) => {
    loaded += n;
    onProgress({ loaded, total });
  };
  const [train, test] = await Promise.all([loadSplit(info.train, onBytes), loadSplit(info.test, onBytes)]);
  return { id, classes: info.classes, train, test };
}
