// Downloading one shard from the book's own origin: stream the bytes (reporting progress), check the
// size and SHA-256 against the manifest, then gunzip with DecompressionStream. Works in workers too.
import type { ShardFile } from './manifest';

/** A missing, truncated or corrupt data file; the message says which file and what to do. */
export class DataLoadError extends Error {
  override readonly name = 'DataLoadError';
}

/** URL of a file under public/data/ on this site (absolute path, so it resolves the same in a worker). */
export function dataUrl(file: string): string {
  return `${import.meta.env.BASE_URL}data/${file}`;
}

/** Reads a response body to the end, calling onBytes with each chunk's size. */
async function readAll(res: Response, expected: number, onBytes: (n: number) => void): Promise<Uint8Array> {
  const out = new Uint8Array(expected);
  let at = 0;
  const reader = res.body?.getReader();
  if (!reader) return new Uint8Array(await res.arrayBuffer());
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (at + value.length > expected)
      throw new DataLoadError(`is larger than the ${expected} bytes the manifest lists`);
    out.set(value, at);
    at += value.length;
    onBytes(value.length);
  }
  if (at !== expected) throw new DataLoadError(`is ${at} bytes, but the manifest lists ${expected}`);
  return out;
}

/** Lowercase hex SHA-256 of bytes (Web Crypto: needs a secure context, which localhost and https are). */
export async function sha256Hex(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Gunzips bytes with the platform's DecompressionStream. */
export async function gunzip(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** The verified, decompressed contents of a shard; throws DataLoadError naming the file and the problem. */
export async function fetchShard(shard: ShardFile, onBytes: (n: number) => void = () => {}): Promise<Uint8Array> {
  const where = `data file ${shard.file}`;
  let res: Response;
  try {
    res = await fetch(dataUrl(shard.file));
  } catch (err) {
    throw new DataLoadError(`${where} could not be downloaded (${err instanceof Error ? err.message : String(err)}).`);
  }
  if (!res.ok) throw new DataLoadError(`${where} is missing (HTTP ${res.status}). Run \`npm run data\` and rebuild.`);
  let bytes: Uint8Array;
  try {
    bytes = await readAll(res, shard.bytes, onBytes);
  } catch (err) {
    throw new DataLoadError(
      `${where} ${err instanceof Error ? err.message : String(err)}: it is truncated or corrupt.`,
    );
  }
  const copy = new Uint8Array(bytes); // an ArrayBuffer-backed copy for Web Crypto's typings
  if ((await sha256Hex(copy)) !== shard.sha256)
    throw new DataLoadError(`${where} is corrupt: its SHA-256 checksum does not match the manifest.`);
  let raw: Uint8Array;
  try {
    raw = await gunzip(copy);
  } catch {
    throw new DataLoadError(`${where} is corrupt: it does not decompress.`);
  }
  if (raw.length !== shard.rawBytes)
    throw new DataLoadError(`${where} decompresses to ${raw.length} bytes instead of ${shard.rawBytes}.`);
  return raw;
}
