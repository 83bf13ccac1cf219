// MNIST's own preprocessing, applied to a drawing: crop to the ink's bounding box, scale it to fit
// 20×20 (keeping the aspect ratio), then place it in 28×28 so its centre of mass is the centre.

/** A grayscale picture, ink in [0, 1], row by row. */
export interface Gray {
  readonly width: number;
  readonly height: number;
  readonly data: Float32Array;
}

/** Every stage, for showing the steps; null when nothing is drawn. */
export interface Preprocessed {
  readonly cropped: Gray;
  readonly scaled: Gray;
  readonly centered: Gray;
}

const INK = 0.05;

/** The smallest box holding every pixel above the ink threshold, or null for an empty picture. */
export function boundingBox(img: Gray): { x0: number; y0: number; x1: number; y1: number } | null {
  let [x0, y0, x1, y1] = [img.width, img.height, -1, -1];
  for (let y = 0; y < img.height; y++) {
    for (let x = 0; x < img.width; x++) {
      if ((img.data[y * img.width + x] ?? 0) > INK) {
        x0 = Math.min(x0, x);
        x1 = Math.max(x1, x);
        y0 = Math.min(y0, y);
        y1 = Math.max(y1, y);
      }
    }
  }
  return x1 < 0 ? null : { x0, y0, x1, y1 };
}

export function crop(img: Gray, box: { x0: number; y0: number; x1: number; y1: number }): Gray {
  const width = box.x1 - box.x0 + 1;
  const height = box.y1 - box.y0 + 1;
  const data = new Float32Array(width * height);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) data[y * width + x] = img.data[(box.y0 + y) * img.width + box.x0 + x] ?? 0;
  return { width, height, data };
}

/** Resizes so the longer side is `fit` pixels; each output pixel averages a 4×4 grid of samples of its area. */
export function scaleToFit(img: Gray, fit: number): Gray {
  const s = fit / Math.max(img.width, img.height);
  const width = Math.max(1, Math.round(img.width * s));
  const height = Math.max(1, Math.round(img.height * s));
  const data = new Float32Array(width * height);
  const k = 4;
  for (let ty = 0; ty < height; ty++) {
    for (let tx = 0; tx < width; tx++) {
      let sum = 0;
      for (let a = 0; a < k; a++) {
        for (let b = 0; b < k; b++) {
          const sx = Math.min(img.width - 1, Math.floor(((tx + (b + 0.5) / k) * img.width) / width));
          const sy = Math.min(img.height - 1, Math.floor(((ty + (a + 0.5) / k) * img.height) / height));
          sum += img.data[sy * img.width + sx] ?? 0;
        }
      }
      data[ty * width + tx] = sum / (k * k);
    }
  }
  return { width, height, data };
}

/** Centre of mass (x, y) of the ink, in pixel-centre coordinates. */
export function centerOfMass(img: Gray): { x: number; y: number } {
  let [m, mx, my] = [0, 0, 0];
  for (let y = 0; y < img.height; y++) {
    for (let x = 0; x < img.width; x++) {
      const v = img.data[y * img.width + x] ?? 0;
      m += v;
      mx += v * (x + 0.5);
      my += v * (y + 0.5);
    }
  }
  return m === 0 ? { x: img.width / 2, y: img.height / 2 } : { x: mx / m, y: my / m };
}

/** Pastes img into a size×size picture, shifted so its centre of mass lands on the centre (kept inside). */
export function centerByMass(img: Gray, size = 28): Gray {
  const c = centerOfMass(img);
  const dx = Math.min(size - img.width, Math.max(0, Math.round(size / 2 - c.x)));
  const dy = Math.min(size - img.height, Math.max(0, Math.round(size / 2 - c.y)));
  const data = new Float32Array(size * size);
  for (let y = 0; y < img.height; y++)
    for (let x = 0; x < img.width; x++) data[(y + dy) * size + x + dx] = img.data[y * img.width + x] ?? 0;
  return { width: size, height: size, data };
}

/** All three stages for a drawing, or null if it has no ink. */
export function preprocessDrawing(img: Gray): Preprocessed | null {
  const box = boundingBox(img);
  if (!box) return null;
  const cropped = crop(img, box);
  const scaled = scaleToFit(cropped, 20);
  return { cropped, scaled, centered: centerByMass(scaled) };
}
