import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { seriesGroups, seriesNames, seriesStyles } from './seriesStyles';

const palette = readFileSync(new URL('../../../book/book.css', import.meta.url), 'utf8');

describe('seriesStyles', () => {
  it('has a style for every series name', () => {
    expect(Object.keys(seriesStyles).sort()).toEqual([...seriesNames].sort());
  });
  it('uses only colour variables the book palette defines', () => {
    for (const name of seriesNames) {
      const variable = /^var\((--[a-z0-9-]+)\)$/.exec(seriesStyles[name].color)?.[1];
      expect(variable, name).toBeDefined();
      expect(palette, `${name}: ${variable}`).toContain(`${variable}:`);
    }
  });
  it('never tells two series drawn together apart by colour alone: each differs in marker and dash too', () => {
    for (const group of seriesGroups) {
      const styles = group.map((n) => seriesStyles[n]);
      expect(new Set(styles.map((s) => s.color)).size, group.join()).toBe(group.length);
      expect(new Set(styles.map((s) => s.marker)).size, group.join()).toBe(group.length);
      const dashed = group.filter((n) => !['raw'].includes(n)).map((n) => seriesStyles[n].dash ?? 'solid');
      expect(new Set(dashed).size, group.join()).toBe(dashed.length);
    }
  });
  it('gives dash patterns as SVG stroke-dasharray lists of positive numbers', () => {
    for (const name of seriesNames) {
      const dash = seriesStyles[name].dash;
      if (dash !== undefined) expect(dash, name).toMatch(/^\d+(\.\d+)?( \d+(\.\d+)?)+$/);
    }
  });
});
