// Turning MNIST bytes into network inputs: pixels / 255 and one-hot labels, gathered row by row
// into buffers that are reused for every mini-batch.
import type { FloatArray } from '../dtype';

/** out (rows.length, d) = pixels of the chosen rows / 255, from images stored as (count, d) bytes. */
export function gatherImagesInPlace(images: Uint8Array, d: number, rows: ArrayLike<number>, out: FloatArray): void {
  for (let r = 0; r < rows.length; r++) {
    const src = (rows[r] ?? 0) * d;
    for (let j = 0; j < d; j++) out[r * d + j] = (images[src + j] ?? 0) / 255;
  }
}

/** out (rows.length, k) = one-hot rows for the chosen labels. */
export function gatherOneHotInPlace(labels: Uint8Array, k: number, rows: ArrayLike<number>, out: FloatArray): void {
  out.fill(0, 0, rows.length * k);
  for (let r = 0; r < rows.length; r++) out[r * k + (labels[rows[r] ?? 0] ?? 0)] = 1;
}
