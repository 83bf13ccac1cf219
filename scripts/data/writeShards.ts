// Writing a split as gzip shards (*.bin, so servers do not add Content-Encoding) and describing
// each file for the manifest: compressed size, raw size and SHA-256 of the served bytes.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { MNIST_PIXELS } from '../../src/engine/index';
import type { ShardFile, SplitInfo } from '../../src/data/manifest';
import type { RawSplit } from './readSources';

/** Images per image shard (7.84 MB raw), so downloads report progress shard by shard. */
export const IMAGES_PER_SHARD = 10_000;

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function writeShard(dir: string, file: string, raw: Uint8Array): ShardFile {
  const gz = gzipSync(raw, { level: 6 });
  writeFileSync(join(dir, file), gz);
  return { file, bytes: gz.length, rawBytes: raw.length, sha256: sha256Hex(gz) };
}

/** Writes `<prefix>-images-<i>.u8.gz.bin` shards and `<prefix>-labels.u8.gz.bin`; returns the manifest entry. */
export function writeSplit(dir: string, prefix: string, split: RawSplit): SplitInfo {
  const count = split.labels.length;
  const images: ShardFile[] = [];
  for (let start = 0, i = 0; start < count; start += IMAGES_PER_SHARD, i++) {
    const end = Math.min(count, start + IMAGES_PER_SHARD);
    images.push(
      writeShard(
        dir,
        `${prefix}-images-${i}.u8.gz.bin`,
        split.images.subarray(start * MNIST_PIXELS, end * MNIST_PIXELS),
      ),
    );
  }
  return { count, images, labels: writeShard(dir, `${prefix}-labels.u8.gz.bin`, split.labels) };
}

/** True when the file exists with exactly this size and checksum. */
export function shardIsIntact(dir: string, shard: ShardFile): boolean {
  const path = join(dir, shard.file);
  if (!existsSync(path)) return false;
  const bytes = readFileSync(path);
  return bytes.length === shard.bytes && sha256Hex(bytes) === shard.sha256;
}
