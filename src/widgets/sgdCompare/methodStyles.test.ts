import { describe, expect, it } from 'vitest';
import { seriesGroups, seriesNames } from '../kit/chart/seriesStyles';
import { methods } from './sgdRuns';

describe('the comparison draws every batch size in its series style', () => {
  it('has a style for each method, in a group kept apart by marker, dash and colour', () => {
    for (const name of methods) expect(seriesNames).toContain(name);
    expect(seriesGroups.some((g) => methods.every((n) => g.includes(n)))).toBe(true);
  });
});
