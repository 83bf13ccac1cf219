// Turning MNIST bytes into network inputs: pixels / 255 and one-hot labels, gathered row by row
// into buffers that are reused for every mini-batch.
import type { FloatArray } from '../dtype';
import { PIXEL_MAX } from './mnist';

/** out[at + i] = bytes[from + i] / 255 for i < count: pixel bytes as network inputs in [0, 1]. */
export function scalePixelsInPlace(bytes: Uint8Array, from: number, count: number, out: FloatArray, at = 0): void {
  for (let i = 0; i < count; i++) out[at + i] = (bytes[from + i] ?? 0) / PIXEL_MAX;
}

/** All of bytes / 255 as a new float32 array. */
export function scalePixels(bytes: Uint8Array): Float32Array {
  const out = new Float32Array(bytes.length);
  scalePixelsInPlace(bytes, 0, bytes.length, out);
  return out;
}

/** out (rows.length, d) = pixels of the chosen rows / 255, from images stored as (count, d) bytes. */
export function gatherImagesInPlace(images: Uint8Array, d: number, rows: ArrayLike<number>, out: FloatArray): void {
  for (let r = 0; r < rows.length; r++) scalePixelsInPlace(images, (rows[r] ?? 0) * d, d, out, r * d);
}

/** out (rows.length, k) = one-hot rows for the chosen labels. */
export function gatherOneHotInPlace(labels: Uint8Array, k: number, rows: ArrayLike<number>, out: FloatArray): void {
  out.fill(0, 0, rows.length * k);
  for (let r = 0; r < rows.length; r++) out[r * k + (labels[rows[r] ?? 0] ?? 0)] = 1;
}
