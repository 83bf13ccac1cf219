import {
  symbol,
  symbolCircle,
  symbolCross,
  symbolDiamond,
  symbolSquare,
  symbolStar,
  symbolTriangle,
  type SymbolType,
} from 'd3';

/** Marker shapes: with the dash pattern, they tell series apart without relying on colour. */
export type MarkerShape = 'circle' | 'square' | 'triangle' | 'diamond' | 'cross' | 'star';

const symbols: Record<MarkerShape, SymbolType> = {
  circle: symbolCircle,
  square: symbolSquare,
  triangle: symbolTriangle,
  diamond: symbolDiamond,
  cross: symbolCross,
  star: symbolStar,
};

/** SVG path data of a marker centred on (0, 0) with the given area in square units. */
export function markerPath(shape: MarkerShape, area: number): string {
  return symbol(symbols[shape], area)() ?? '';
}
