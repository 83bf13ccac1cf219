// Strokes drawn with mouse, touch or pen (pointer events), kept as point lists so undo can drop the last one.
import { useRef, useState, type PointerEvent } from 'react';

export type Point = readonly [number, number];

/** Canvas size in drawing units; the picture is 280×280 like a 10× MNIST image. */
export const PAD_SIZE = 280;

export function useDrawing() {
  const [strokes, setStrokes] = useState<readonly (readonly Point[])[]>([]);
  const drawing = useRef(false);

  const at = (e: PointerEvent<HTMLCanvasElement>): Point => {
    const r = e.currentTarget.getBoundingClientRect();
    return [((e.clientX - r.left) / r.width) * PAD_SIZE, ((e.clientY - r.top) / r.height) * PAD_SIZE];
  };

  const handlers = {
    onPointerDown: (e: PointerEvent<HTMLCanvasElement>) => {
      e.preventDefault();
      e.currentTarget.setPointerCapture(e.pointerId);
      drawing.current = true;
      const p = at(e);
      setStrokes((s) => [...s, [p]]);
    },
    onPointerMove: (e: PointerEvent<HTMLCanvasElement>) => {
      if (!drawing.current) return;
      const p = at(e);
      setStrokes((s) => [...s.slice(0, -1), [...(s.at(-1) ?? []), p]]);
    },
    onPointerUp: () => {
      drawing.current = false;
    },
  };

  return {
    strokes,
    handlers,
    clear: () => setStrokes([]),
    undo: () => setStrokes((s) => s.slice(0, -1)),
  };
}

/** Paints strokes as round lines of the given width. */
export function paintStrokes(
  ctx: CanvasRenderingContext2D,
  strokes: readonly (readonly Point[])[],
  color: string,
  width: number,
): void {
  ctx.strokeStyle = color;
  ctx.fillStyle = color;
  ctx.lineWidth = width;
  ctx.lineCap = 'round';
  ctx.lineJoin = 'round';
  for (const s of strokes) {
    const [first, ...rest] = s;
    if (!first) continue;
    ctx.beginPath();
    ctx.moveTo(first[0], first[1]);
    if (rest.length === 0) ctx.lineTo(first[0] + 0.01, first[1]);
    for (const p of rest) ctx.lineTo(p[0], p[1]);
    ctx.stroke();
  }
}
