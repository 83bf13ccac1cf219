import { scaleBand, scaleLinear, scaleLog } from 'd3';
import { describe, expect, it } from 'vitest';
import { chooseTicks, decadeTicks, integerTicks, tickCount, tickPosition } from './ticks';

describe('tickCount', () => {
  it('fits as many labels as the spacing allows, between 2 and the cap', () => {
    expect(tickCount(300, 56)).toBe(5);
    expect(tickCount(60, 56)).toBe(2);
    expect(tickCount(5000, 56)).toBe(10);
    expect(tickCount(0, 56)).toBe(2);
  });
});

describe('integerTicks and decadeTicks', () => {
  it('keep whole numbers, and exact powers of ten', () => {
    expect(integerTicks([0, 0.5, 1, 1.5, 2])).toEqual([0, 1, 2]);
    expect(decadeTicks([0.1, 0.2, 1, 5, 10, 100, 300])).toEqual([0.1, 1, 10, 100]);
  });
});

describe('chooseTicks', () => {
  const x = scaleLinear().domain([0, 10]).range([0, 300]);
  it('asks the scale for as many ticks as fit along the axis', () => {
    expect(chooseTicks(x, 300, 56)).toEqual([0, 2, 4, 6, 8, 10]);
    expect(chooseTicks(x, 120, 56)).toEqual([0, 5, 10]);
  });
  it('takes a given list as it is, or a count for the scale', () => {
    expect(chooseTicks(x, 300, 56, [0, 10])).toEqual([0, 10]);
    expect(chooseTicks(x, 300, 56, 2)).toEqual([0, 5, 10]);
  });
  it('filters a log scale down to its decades', () => {
    const y = scaleLog().domain([50, 5000]).range([200, 0]);
    expect(chooseTicks(y, 200, 34, 4, decadeTicks)).toEqual([100, 1000]);
  });
  it('labels every band of a band scale at its middle', () => {
    const b = scaleBand<string>().domain(['a', 'b']).range([0, 100]);
    expect(chooseTicks(b, 100, 56)).toEqual(['a', 'b']);
    expect(tickPosition<string>(b, 'b')).toBe(75);
  });
});
