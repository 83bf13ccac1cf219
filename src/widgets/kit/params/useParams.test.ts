// @vitest-environment happy-dom
import { act, renderHook } from '@testing-library/react';
import { createElement, isValidElement, type ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { langStore } from '../../../state/lang';
import { syncWidgetStateFromUrl, WidgetScope, widgetStateStore } from '../../../state/widgetState';
import { param } from './param';
import { useParams } from './useParams';
import type { ParamOptions } from './resolveSchema';

const schema = {
  w1: param.number({ min: -2, max: 2, step: 0.1, fine: 0.01, book: 0.5, label: { tex: 'w_1' } }),
  lr: param.number({
    min: 0.01,
    max: 1,
    step: 0.01,
    book: 0.1,
    label: { tex: '\\eta' },
    aria: { ko: '학습률 η', en: 'learning rate η' },
  }),
  seed: param.integer({ min: 0, max: 99, book: 42, label: { ko: '시드', en: 'Seed' } }),
  wide: param.number({ min: -10, max: 10, step: 0.1, book: -7, label: { tex: 'x_0' }, track: { min: -5, max: 5 } }),
  gate: param.oneOf(['AND', 'OR'], {
    book: 'AND',
    label: { ko: '게이트', en: 'Gate' },
    labels: { OR: { ko: '또는', en: 'Or' } },
  }),
  a: param.list({
    min: -20,
    max: 20,
    step: 0.5,
    book: [1, 2],
    minLength: 1,
    maxLength: 3,
    itemName: (i) => `a${i + 1}`,
    itemLabel: (i) => ({ tex: `a_${i + 1}` }),
  }),
};

const wrapper = ({ children }: { children: ReactNode }) =>
  createElement(WidgetScope.Provider, { value: 'fig' }, children);
const hook = (options?: ParamOptions<typeof schema>) => renderHook(() => useParams(schema, options), { wrapper });

beforeEach(() => {
  vi.useFakeTimers();
  window.history.replaceState(null, '', '/en/x');
  syncWidgetStateFromUrl();
  langStore.setState({ lang: 'en' });
});

afterEach(() => {
  vi.runOnlyPendingTimers();
  vi.useRealTimers();
});

describe('useParams', () => {
  it("starts every value at the book's", () => {
    expect(hook().result.current.values).toEqual({ w1: 0.5, lr: 0.1, seed: 42, wide: -7, gate: 'AND', a: [1, 2] });
  });

  it('gives each number ready Slider props from its one declaration', () => {
    const { slider } = hook().result.current;
    expect(slider.w1).toMatchObject({
      name: 'w1',
      value: 0.5,
      defaultValue: 0.5,
      min: -2,
      max: 2,
      step: 0.1,
      fineStep: 0.01,
    });
    expect(slider.w1.ariaLabel).toBeUndefined();
    expect(isValidElement(slider.w1.label)).toBe(true);
    expect(slider.lr.ariaLabel).toBe('learning rate η');
    expect(slider.lr).not.toHaveProperty('fineStep');
    expect(slider.seed).toMatchObject({ label: 'Seed', ariaLabel: 'Seed' });
    expect(slider.wide).toMatchObject({ min: -10, max: 10, trackMin: -5, trackMax: 5 });
  });

  it('speaks the reader’s language', () => {
    langStore.setState({ lang: 'ko' });
    const { slider, chips } = hook().result.current;
    expect(slider.lr.ariaLabel).toBe('학습률 η');
    expect(slider.seed.label).toBe('시드');
    expect(chips.gate.labels).toEqual({ OR: '또는' });
    expect(chips.gate.label).toBe('게이트');
  });

  it('sets values through the slider props and the setters, under <scope>.<key> in the URL', () => {
    const { result } = hook();
    act(() => result.current.slider.w1.onChange(1.5));
    act(() => result.current.slider.seed.onChange(7.6));
    act(() => result.current.set.lr(0.5));
    expect(result.current.values).toMatchObject({ w1: 1.5, seed: 8, lr: 0.5 });
    act(() => vi.advanceTimersByTime(250));
    expect(window.location.search).toBe('?fig.w1=1.5&fig.seed=8&fig.lr=0.5');
  });

  it('gives each one-of ChoiceChips props', () => {
    const { result } = hook();
    expect(result.current.chips.gate).toMatchObject({ options: ['AND', 'OR'], value: 'AND', labels: { OR: 'Or' } });
    act(() => result.current.chips.gate.onChange('OR'));
    expect(result.current.values.gate).toBe('OR');
  });

  it('gives slider props for each entry of a list, which set that entry only', () => {
    const { result } = hook();
    expect(result.current.item.a(1)).toMatchObject({
      name: 'a2',
      value: 2,
      defaultValue: 2,
      min: -20,
      max: 20,
      step: 0.5,
    });
    act(() => result.current.item.a(1).onChange(-3));
    expect(result.current.values.a).toEqual([1, -3]);
  });

  it("takes the figure's own book values: the start, the reset and what the URL leaves out", () => {
    const { result } = hook({ book: { w1: -0.5, gate: 'OR' } });
    expect(result.current.values).toMatchObject({ w1: -0.5, gate: 'OR' });
    expect(result.current.slider.w1.defaultValue).toBe(-0.5);
    act(() => result.current.set.w1(-0.5));
    expect(widgetStateStore.getState().values).toEqual({});
  });

  it('narrows a range so that the URL codec and the slider agree on it', () => {
    window.history.replaceState(null, '', '/en/x?fig.wide=9');
    syncWidgetStateFromUrl();
    const { result, rerender } = renderHook(
      (range: { min: number; max: number }) => useParams(schema, { range: { wide: range } }),
      {
        wrapper,
        initialProps: { min: -5, max: 5 },
      },
    );
    expect(result.current.slider.wide).toMatchObject({ min: -5, max: 5, value: 5 });
    expect(result.current.values.wide).toBe(5);
    rerender({ min: -10, max: 10 });
    expect(result.current.values.wide).toBe(9);
  });

  it('patches several values at once (a preset)', () => {
    const { result } = hook();
    act(() => result.current.patch({ w1: 1, gate: 'OR', a: [3] }));
    expect(result.current.values).toMatchObject({ w1: 1, gate: 'OR', a: [3] });
  });

  it('keeps its setters between renders when the options are an equal new object', () => {
    const { result, rerender } = renderHook(() => useParams(schema, { book: { w1: 1 } }), { wrapper });
    const { set } = result.current;
    rerender();
    expect(result.current.set).toBe(set);
  });
});
