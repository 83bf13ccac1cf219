// The chart kit's public surface: a measured frame, axes, grid lines, legend, markers and the series styles.
export { Axis } from './Axis';
export { chartFrame, chartMargin, type Frame, type FrameSpec, type Margin } from './chartFrame';
export { chartUnits } from './chartUnits';
export { GridLines } from './GridLines';
export { Legend, type LegendItem } from './Legend';
export { markerPath, type MarkerShape } from './markerShapes';
export { SeriesMarker } from './SeriesMarker';
export { seriesGroups, seriesNames, seriesStyles, type SeriesName, type SeriesStyle } from './seriesStyles';
export { SeriesSwatch } from './SeriesSwatch';
export { chooseTicks, decadeTicks, integerTicks, tickCount, TICK_SPACING, type AxisScale } from './ticks';
export { useChartFrame } from './useChartFrame';
