import { describe, expect, it } from 'vitest';
import { chartFrame, chartMargin } from './chartFrame';
import { chartUnits } from './chartUnits';

describe('chartUnits', () => {
  it('is the CSS width itself on a phone (17 px root type)', () => {
    expect(chartUnits(390, 17)).toBe(390);
  });
  it('shrinks as the page type grows, so 12-unit text grows with it', () => {
    expect(chartUnits(1000, 34)).toBe(500);
  });
  it('never grows past the CSS width when the type is smaller than a phone', () => {
    expect(chartUnits(300, 12)).toBe(300);
  });
});

describe('chartMargin', () => {
  it('makes room for the tick text on the left and the labels of labelled axes', () => {
    const bare = chartMargin({ leftTickChars: 2 });
    const labelled = chartMargin({ leftTickChars: 4, xLabel: true, yLabel: true });
    expect(labelled.left - bare.left).toBe(14);
    expect(labelled.bottom).toBeGreaterThan(bare.bottom);
    expect(labelled.top).toBeGreaterThan(bare.top);
  });
});

describe('chartFrame', () => {
  const margin = { top: 10, right: 10, bottom: 20, left: 30 };
  it('puts the plot inside the margins and gives the scale ranges', () => {
    const f = chartFrame(300, { height: 200, margin });
    expect(f.inner).toEqual({ left: 30, top: 10, right: 290, bottom: 180, width: 260, height: 170 });
    expect(f.x).toEqual([30, 290]);
    expect(f.y).toEqual([180, 10]);
    expect(f.viewBox).toBe('0 0 300 200');
  });
  it('keeps the plot aspect when the height is a share of the width, within its bounds', () => {
    expect(chartFrame(230, { height: { aspect: 0.5 }, margin }).inner.height).toBe(95);
    expect(chartFrame(230, { height: { aspect: 0.5, max: 60 }, margin }).height).toBe(90);
    expect(chartFrame(230, { height: { aspect: 0.01, min: 40 }, margin }).inner.height).toBe(40);
  });
  it('rounds to whole units and never draws narrower than minWidth', () => {
    expect(chartFrame(299.6, { height: 100, margin }).width).toBe(300);
    expect(chartFrame(120, { height: 100, margin, minWidth: 240 }).width).toBe(240);
  });
});
