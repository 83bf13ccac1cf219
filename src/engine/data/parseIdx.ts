// The IDX format of the MNIST files: a 4-byte magic number (0, 0, type 0x08 = unsigned bytes,
// number of dimensions), then one big-endian uint32 per dimension, then the bytes themselves.
// Labels are 0x00000801 (1 dimension: count); images 0x00000803 (count, rows, columns).

/** A parsed IDX file: its dimensions and its bytes (a view into the input, no copy). */
export interface IdxData {
  readonly dims: readonly number[];
  readonly data: Uint8Array;
}

/** Parses MNIST IDX bytes (labels 0x00000801 or images 0x00000803); throws a clear error if truncated or corrupt. */
export function parseIdx(bytes: Uint8Array): IdxData {
  if (bytes.length < 4) throw new Error(`parseIdx: ${bytes.length} bytes is too short for the 4-byte magic number`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const magic = view.getUint32(0);
  if (magic !== 0x00000801 && magic !== 0x00000803) {
    throw new Error(
      `parseIdx: magic number 0x${magic.toString(16).padStart(8, '0')} is neither 0x00000801 (labels) nor 0x00000803 (images)`,
    );
  }
  const rank = magic & 0xff;
  const headerLength = 4 + 4 * rank;
  if (bytes.length < headerLength)
    throw new Error(`parseIdx: file ends inside the header (${bytes.length} of ${headerLength} bytes)`);
  const dims = Array.from({ length: rank }, (_, i) => view.getUint32(4 + 4 * i));
  if (dims.some((d) => d === 0)) throw new Error(`parseIdx: dimensions ${dims.join('×')} include a zero`);
  const expected = headerLength + dims.reduce((a, b) => a * b, 1);
  if (bytes.length !== expected) {
    const problem = bytes.length < expected ? 'is truncated' : 'has trailing bytes';
    throw new Error(
      `parseIdx: file ${problem}: ${bytes.length} bytes, but dimensions ${dims.join('×')} need ${expected}`,
    );
  }
  return { dims, data: bytes.subarray(headerLength) };
}
