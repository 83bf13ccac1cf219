import { useEffect, useRef } from 'react';
import { useResolvedTheme } from '../../../state/useResolvedTheme';
import { mix, themeColor, type Rgb } from '../theme/themeColor';
import './mnist.css';

interface DigitImageProps {
  /** 784 values: intensities in [0, 1] ('ink'), or signed weights ('signed', scaled by their largest magnitude). */
  values: ArrayLike<number>;
  mode?: 'ink' | 'signed';
  /** Accessible description of the picture. */
  label: string;
  /** Display height in CSS pixels (the width follows the aspect ratio). */
  size?: number;
  /** Picture size in pixels (default 28×28). */
  width?: number;
  height?: number;
}

const WHITE: Rgb = [255, 255, 255];
const BLACK: Rgb = [0, 0, 0];

/** A small grayscale picture (28×28 by default) drawn on a canvas in the theme's colours: ink on paper, or blue/orange for signed weights. */
export function DigitImage({ values, mode = 'ink', label, size = 84, width = 28, height = 28 }: DigitImageProps) {
  const ref = useRef<HTMLCanvasElement>(null);
  const theme = useResolvedTheme();
  useEffect(() => {
    const canvas = ref.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    const paper = themeColor(canvas, '--surface', WHITE);
    const ink = themeColor(canvas, '--fg', BLACK);
    const pos = themeColor(canvas, '--positive', [29, 78, 216]);
    const neg = themeColor(canvas, '--negative', [194, 65, 12]);
    let scale = 0;
    for (let i = 0; i < width * height; i++) scale = Math.max(scale, Math.abs(values[i] ?? 0));
    if (scale === 0) scale = 1;
    const img = ctx.createImageData(width, height);
    for (let i = 0; i < width * height; i++) {
      const v = values[i] ?? 0;
      const c =
        mode === 'ink'
          ? mix(paper, ink, Math.min(1, Math.max(0, v)))
          : mix(paper, v >= 0 ? pos : neg, Math.min(1, Math.abs(v) / scale));
      img.data.set([c[0], c[1], c[2], 255], i * 4);
    }
    ctx.putImageData(img, 0, 0);
  }, [values, mode, width, height, theme]);
  return (
    <canvas
      ref={ref}
      className="digit-image"
      width={width}
      height={height}
      role="img"
      aria-label={label}
      style={{ width: (size * width) / height, height: size }}
    />
  );
}
