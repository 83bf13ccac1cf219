import { describe, expect, it } from 'vitest';
import { seriesGroups, seriesNames } from '../kit/chart/seriesStyles';
import { optimizerNames } from './race';

describe('the race draws every optimizer in its series style', () => {
  it('has a style for each optimizer, in a group kept apart by marker, dash and colour', () => {
    for (const name of optimizerNames) expect(seriesNames).toContain(name);
    expect(seriesGroups.some((g) => optimizerNames.every((n) => g.includes(n)))).toBe(true);
  });
});
