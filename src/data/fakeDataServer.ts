// Test helper: a fetch stand-in that serves a manifest and gzip shards from memory, with hooks to
// break a file, so the loaders can be tested in Node without a server.
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { MNIST_PIXELS } from '../engine';
import { datasetIds, type DataManifest, type DatasetInfo, type ShardFile } from './manifest';

function shard(file: string, raw: Uint8Array, files: Map<string, Uint8Array>): ShardFile {
  const gz = new Uint8Array(gzipSync(raw));
  files.set(file, gz);
  return { file, bytes: gz.length, rawBytes: raw.length, sha256: createHash('sha256').update(gz).digest('hex') };
}

/** n images whose pixel j of image i is (i + j) mod 256, labels i mod 10. */
function split(prefix: string, n: number, files: Map<string, Uint8Array>) {
  const images = Uint8Array.from(
    { length: n * MNIST_PIXELS },
    (_, k) => (Math.floor(k / MNIST_PIXELS) + (k % MNIST_PIXELS)) % 256,
  );
  const labels = Uint8Array.from({ length: n }, (_, i) => i % 10);
  return {
    count: n,
    images: [shard(`${prefix}-images-0.u8.gz.bin`, images, files)],
    labels: shard(`${prefix}-labels.u8.gz.bin`, labels, files),
  };
}

/** A manifest of tiny data sets (trainCount/testCount images each) and the files it names. */
export function fakeData(trainCount = 12, testCount = 5): { manifest: DataManifest; files: Map<string, Uint8Array> } {
  const files = new Map<string, Uint8Array>();
  const datasets = {} as Record<(typeof datasetIds)[number], DatasetInfo>;
  for (const id of datasetIds) {
    datasets[id] = {
      classes: Array.from({ length: 10 }, (_, i) => `c${i}`),
      train: split(`${id}-train`, trainCount, files),
      test: split(`${id}-test`, testCount, files),
    };
  }
  const manifest: DataManifest = { version: 1, sourceFingerprint: 'test', datasets };
  files.set('manifest.json', new TextEncoder().encode(JSON.stringify(manifest)));
  return { manifest, files };
}

/** fetch over the files (by name after /data/); unknown names answer 404. */
export function fakeFetch(files: Map<string, Uint8Array>): typeof fetch {
  return (async (input: RequestInfo | URL) => {
    const name = String(input).split('/data/')[1] ?? '';
    const body = files.get(name);
    return body ? new Response(new Uint8Array(body)) : new Response('not found', { status: 404 });
  }) as typeof fetch;
}
