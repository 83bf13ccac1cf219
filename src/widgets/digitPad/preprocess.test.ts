import { describe, expect, it } from 'vitest';
import { boundingBox, centerOfMass, preprocessDrawing, type Gray } from './preprocess';

/** A w×h picture with ink 1 on the given rectangle. */
function rect(w: number, h: number, x0: number, y0: number, x1: number, y1: number): Gray {
  const data = new Float32Array(w * h);
  for (let y = y0; y <= y1; y++) for (let x = x0; x <= x1; x++) data[y * w + x] = 1;
  return { width: w, height: h, data };
}

describe('digit preprocessing', () => {
  it('finds no bounding box on an empty drawing, so nothing is predicted', () => {
    expect(boundingBox(rect(10, 10, 0, 0, -1, -1))).toBeNull();
    expect(preprocessDrawing(rect(10, 10, 0, 0, -1, -1))).toBeNull();
  });

  it('crops a tall stroke, scales its longer side to 20 keeping the aspect ratio, and centres it in 28×28', () => {
    const p = preprocessDrawing(rect(280, 280, 30, 40, 59, 239))!; // 30 wide, 200 tall, off to the left
    expect([p.cropped.width, p.cropped.height]).toEqual([30, 200]);
    expect([p.scaled.width, p.scaled.height]).toEqual([3, 20]);
    expect([p.centered.width, p.centered.height]).toEqual([28, 28]);
    const c = centerOfMass(p.centered);
    expect(Math.abs(c.x - 14)).toBeLessThanOrEqual(0.5); // whole-pixel shifts: within half a pixel
    expect(Math.abs(c.y - 14)).toBeLessThanOrEqual(0.5);
    expect(Math.max(...p.centered.data)).toBeLessThanOrEqual(1);
  });

  it('moves a lopsided shape so its centre of mass, not its box, is in the middle', () => {
    const img = rect(40, 40, 0, 0, 39, 39);
    img.data.fill(0);
    for (let x = 0; x < 40; x++) img.data[x] = 1; // a heavy top bar
    for (let y = 0; y < 40; y++) img.data[y * 40] = 1; // and a thin left side
    const p = preprocessDrawing(img)!;
    const c = centerOfMass(p.centered);
    expect(Math.abs(c.y - 14)).toBeLessThanOrEqual(1);
    expect(Math.abs(c.x - 14)).toBeLessThanOrEqual(1);
  });
});
