import type { RefObject } from 'react';
import { chartFrame, type Frame, type FrameSpec } from './chartFrame';
import { chartUnits } from './chartUnits';
import { useElementWidth } from './useElementWidth';

/** Width before the first layout, in CSS px. */
const FALLBACK_PX = 420;

/**
 * A chart frame at the element's real width: measure the svg (or its wrapper) with the returned ref and draw in
 * `frame.viewBox`, so 12-unit text is 12 CSS px on a phone and grows with the page's type on wider screens.
 */
export function useChartFrame<E extends Element = SVGSVGElement>(
  spec: FrameSpec,
  fallbackPx: number = FALLBACK_PX,
): { ref: RefObject<E | null>; frame: Frame } {
  const [ref, measured] = useElementWidth<E>(fallbackPx);
  return { ref, frame: chartFrame(chartUnits(measured), spec) };
}
