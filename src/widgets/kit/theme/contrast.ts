import type { Rgb } from './themeColor';

/** WCAG relative luminance of an sRGB colour (channels 0–255). */
export function luminance([r, g, b]: Rgb): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG contrast ratio (L₁ + 0.05) / (L₂ + 0.05), lighter over darker: 1 to 21. */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** `top` painted with opacity `alpha` over `bottom` (source-over, per channel). */
export function over(top: Rgb, alpha: number, bottom: Rgb): Rgb {
  return [0, 1, 2].map((i) => bottom[i]! + alpha * (top[i]! - bottom[i]!)) as unknown as Rgb;
}

/** `layers` copies of `top` at opacity `alpha` stacked over `bottom` (nested contour fills). */
export function stacked(top: Rgb, alpha: number, layers: number, bottom: Rgb): Rgb {
  return over(top, 1 - (1 - alpha) ** layers, bottom);
}
