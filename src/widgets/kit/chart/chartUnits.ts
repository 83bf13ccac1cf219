/** The book's smallest root font size (a phone), in CSS px: chart text is drawn for it and grows with the page's type. */
export const BASE_ROOT_PX = 17;

/** The page's root font size in CSS px (BASE_ROOT_PX outside a browser). */
export function rootFontPx(): number {
  if (typeof document === 'undefined') return BASE_ROOT_PX;
  return parseFloat(getComputedStyle(document.documentElement).fontSize) || BASE_ROOT_PX;
}

/**
 * A measured width in chart units: CSS px scaled by how much the page's type has grown over a phone's
 * (1 on a phone, about 2 in slide mode on a projector), so 12-unit labels grow with the text around them.
 */
export function chartUnits(cssWidth: number, rootPx: number = rootFontPx()): number {
  return (cssWidth * BASE_ROOT_PX) / Math.max(BASE_ROOT_PX, rootPx);
}
