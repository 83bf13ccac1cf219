import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeData, fakeFetch } from './fakeDataServer';
import { fetchShard } from './fetchShard';
import { loadDataset } from './loadDataset';
import { parseManifest } from './manifest';
import { loadSmallMnist } from './smallMnist';

afterEach(() => vi.unstubAllGlobals());

describe('parseManifest', () => {
  it('accepts a well-formed manifest and names the field of a broken one', () => {
    const { manifest } = fakeData();
    expect(parseManifest(JSON.parse(JSON.stringify(manifest))).datasets.mnist.train.count).toBe(12);
    const broken = JSON.parse(JSON.stringify(manifest));
    broken.datasets.fashion.test.labels.sha256 = 'xyz';
    expect(() => parseManifest(broken)).toThrow('datasets.fashion.test.labels.sha256 is not a SHA-256 hex digest');
    const wrongCount = JSON.parse(JSON.stringify(manifest));
    wrongCount.datasets.mnist.train.count = 13;
    expect(() => parseManifest(wrongCount)).toThrow(/pixel bytes for 13 images/);
  });
});

describe('fetchShard', () => {
  it('returns the decompressed bytes and reports every downloaded byte', async () => {
    const { manifest, files } = fakeData();
    vi.stubGlobal('fetch', fakeFetch(files));
    const labels = manifest.datasets.mnist.test.labels;
    let bytes = 0;
    const raw = await fetchShard(labels, (n) => (bytes += n));
    expect(Array.from(raw)).toEqual([0, 1, 2, 3, 4]);
    expect(bytes).toBe(labels.bytes);
  });

  it('refuses a file whose checksum does not match, and says it is corrupt', async () => {
    const { manifest, files } = fakeData();
    const shard = manifest.datasets.mnist.train.images[0]!;
    const bytes = files.get(shard.file)!;
    const at = bytes.length - 5;
    bytes[at] = (bytes[at] ?? 0) ^ 0xff;
    vi.stubGlobal('fetch', fakeFetch(files));
    await expect(fetchShard(shard)).rejects.toThrow(
      `data file ${shard.file} is corrupt: its SHA-256 checksum does not match the manifest.`,
    );
  });

  it('reports a missing file with the command that makes it, and a truncated one by its size', async () => {
    const { manifest, files } = fakeData();
    const shard = manifest.datasets.mnist.train.labels;
    files.delete(shard.file);
    vi.stubGlobal('fetch', fakeFetch(files));
    await expect(fetchShard(shard)).rejects.toThrow(/is missing \(HTTP 404\)\. Run `npm run data`/);
    const test = manifest.datasets.mnist.test.labels;
    files.set(test.file, files.get(test.file)!.subarray(0, 10));
    await expect(fetchShard(test)).rejects.toThrow(/is 10 bytes, but the manifest lists/);
  });
});

describe('loadDataset and loadSmallMnist', () => {
  it('assembles both splits and counts progress up to the total', async () => {
    const { files } = fakeData();
    vi.stubGlobal('fetch', fakeFetch(files));
    const seen: number[] = [];
    const ds = await loadDataset('fashion', (p) => seen.push(p.loaded / p.total));
    expect(ds.train.images.length).toBe(12 * 784);
    expect(ds.test.labels.length).toBe(5);
    expect(seen.at(-1)).toBe(1);
  });

  it('scales pixels to [0,1] and retries after a failed load', async () => {
    const { files } = fakeData(10, 4);
    const manifest = files.get('manifest.json')!;
    files.delete('manifest.json');
    vi.stubGlobal('fetch', fakeFetch(files));
    await expect(loadSmallMnist()).rejects.toThrow(/manifest is missing/);
    files.set('manifest.json', manifest);
    const small = await loadSmallMnist();
    expect([small.trainCount, small.testCount]).toEqual([10, 4]);
    expect(small.trainImages.length).toBe(10 * 784);
    expect(small.trainImages[785]).toBeCloseTo(2 / 255, 7);
    expect(Math.max(...small.testImages)).toBeLessThanOrEqual(1);
    expect(Array.from(small.trainLabels.subarray(0, 3))).toEqual([0, 1, 2]);
  });
});
