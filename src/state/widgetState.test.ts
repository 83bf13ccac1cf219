// @vitest-environment happy-dom
import { act, renderHook } from '@testing-library/react';
import { createElement, type ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_PARAM_LENGTH, numberCodec, oneOfCodec } from './codecs';
import {
  currentSearch,
  resetWidgetState,
  shareUrl,
  syncWidgetStateFromUrl,
  useRefusedKeys,
  useWidgetState,
  useWidgetStates,
  WidgetScope,
  widgetStateStore,
} from './widgetState';

const weight = numberCodec(-2, 2);
const gate = oneOfCodec(['AND', 'OR'] as const);
const inScope =
  (scope: string) =>
  ({ children }: { children: ReactNode }) =>
    createElement(WidgetScope.Provider, { value: scope }, children);

/** Opens the page at `search` and re-reads it, as after a navigation. */
function visit(search: string): void {
  window.history.replaceState(null, '', `/en/perceptron${search}`);
  syncWidgetStateFromUrl();
}

/** The value of one query parameter in the address bar. */
const inUrl = (key: string) => new URL(window.location.href).searchParams.get(key);

function weightHook(scope = 'gate') {
  return renderHook(() => useWidgetState('w1', weight, 0.5), { wrapper: inScope(scope) });
}

beforeEach(() => {
  vi.useFakeTimers();
  visit('');
});

afterEach(() => {
  vi.runOnlyPendingTimers();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('URL sync', () => {
  it('mirrors a value into the query under <scope>.<key> 250 ms after the change, with replaceState', () => {
    const replace = vi.spyOn(window.history, 'replaceState');
    const push = vi.spyOn(window.history, 'pushState');
    const { result } = weightHook();
    act(() => result.current[1](1.5));
    expect(result.current[0]).toBe(1.5);
    expect(inUrl('gate.w1')).toBeNull();
    act(() => vi.advanceTimersByTime(249));
    expect(inUrl('gate.w1')).toBeNull();
    act(() => vi.advanceTimersByTime(1));
    expect(inUrl('gate.w1')).toBe('1.5');
    expect(replace).toHaveBeenCalledTimes(1);
    expect(push).not.toHaveBeenCalled();
  });

  it('writes the address once for a burst of changes (debounced from the last one)', () => {
    const replace = vi.spyOn(window.history, 'replaceState');
    const { result } = weightHook();
    for (const v of [0.1, 0.2, 0.3, 0.4]) {
      act(() => result.current[1](v));
      act(() => vi.advanceTimersByTime(200));
    }
    expect(replace).not.toHaveBeenCalled();
    act(() => vi.advanceTimersByTime(50));
    expect(replace).toHaveBeenCalledTimes(1);
    expect(inUrl('gate.w1')).toBe('0.4');
  });

  it("leaves a value equal to the book's out of the URL", () => {
    const { result } = weightHook();
    act(() => result.current[1](1));
    act(() => vi.advanceTimersByTime(250));
    expect(inUrl('gate.w1')).toBe('1');
    act(() => result.current[1](0.5));
    act(() => vi.advanceTimersByTime(250));
    expect(inUrl('gate.w1')).toBeNull();
    expect(widgetStateStore.getState().values).toEqual({});
  });

  it('keeps query parameters that are not widget state, and the hash', () => {
    visit('?noreveal=1&q=x#part');
    const { result } = weightHook();
    act(() => result.current[1](-1));
    act(() => vi.advanceTimersByTime(250));
    expect(window.location.search).toBe('?noreveal=1&q=x&gate.w1=-1');
    expect(window.location.hash).toBe('#part');
  });

  it('takes functional updates from the current value', () => {
    const { result } = weightHook();
    act(() => result.current[1]((v) => v + 0.25));
    act(() => result.current[1]((v) => v + 0.25));
    expect(result.current[0]).toBe(1);
  });

  it('gives the whole state at once to a shared link, without waiting for the debounce', () => {
    const { result } = weightHook();
    act(() => result.current[1](2));
    expect(currentSearch()).toBe('?gate.w1=2');
    expect(shareUrl('fig')).toBe(`${window.location.origin}/en/perceptron?gate.w1=2#fig`);
  });
});

describe('restore from the URL', () => {
  it('reads a linked value, and clamps it into the codec range', () => {
    visit('?gate.w1=-0.25');
    expect(weightHook().result.current[0]).toBe(-0.25);
    visit('?gate.w1=99');
    expect(weightHook().result.current[0]).toBe(2);
  });

  it('keeps scopes apart: the same key in two figures is two values', () => {
    visit('?a.w1=1&b.w1=-1');
    expect(weightHook('a').result.current[0]).toBe(1);
    expect(weightHook('b').result.current[0]).toBe(-1);
    expect(weightHook('c').result.current[0]).toBe(0.5);
  });

  it('follows back/forward: a re-read query re-renders the value', () => {
    const { result } = weightHook();
    act(() => visit('?gate.w1=1.25'));
    expect(result.current[0]).toBe(1.25);
  });
});

describe('refusals', () => {
  it('ignores a value its codec refuses, reports it, and drops it from the URL', () => {
    visit('?gate.w1=NaN&gate.gate=__proto__&other.w1=1');
    const { result } = renderHook(
      () => ({
        w: useWidgetState('w1', weight, 0.5),
        g: useWidgetState('gate', gate, 'AND'),
        refused: useRefusedKeys('gate'),
      }),
      { wrapper: inScope('gate') },
    );
    expect(result.current.w[0]).toBe(0.5);
    expect(result.current.g[0]).toBe('AND');
    expect([...result.current.refused].sort()).toEqual(['gate', 'w1']);
    act(() => vi.advanceTimersByTime(250));
    expect(inUrl('gate.w1')).toBeNull();
    expect(inUrl('gate.gate')).toBeNull();
    expect(inUrl('other.w1')).toBe('1');
  });

  it.each([
    ['markup', '%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E'],
    ['an overflowing number', '1e400'],
    ['hex', '0x10'],
    ['an empty value', ''],
  ])('refuses %s', (_, raw) => {
    visit(`?gate.w1=${raw}`);
    const { result } = renderHook(() => ({ w: useWidgetState('w1', weight, 0.5), refused: useRefusedKeys('gate') }), {
      wrapper: inScope('gate'),
    });
    expect(result.current.w[0]).toBe(0.5);
    expect(result.current.refused).toEqual(['w1']);
  });

  it('does not read a parameter longer than the limit, nor a query far longer than any real one', () => {
    visit(`?gate.w1=${'1'.repeat(MAX_PARAM_LENGTH + 1)}`);
    expect(widgetStateStore.getState().values).toEqual({});
    visit(`?gate.w1=1&pad.x=${'9'.repeat(MAX_PARAM_LENGTH)}&pad.y=${'9'.repeat(MAX_PARAM_LENGTH * 7)}`);
    expect(widgetStateStore.getState().values).toEqual({});
    expect(weightHook().result.current[0]).toBe(0.5);
  });

  it('reads only keys of the form <scope>.<key>, of a sane length', () => {
    visit(`?w1=1&constructor=1&${'k'.repeat(81)}.w=1&gate.w1=1`);
    expect(widgetStateStore.getState().values).toEqual({ 'gate.w1': '1' });
  });
});

describe('reset', () => {
  it("clears one figure's state back to the book's values, and the URL with it", () => {
    visit('?a.w1=1&b.w1=-1&noreveal=1');
    const a = weightHook('a');
    const b = weightHook('b');
    act(() => resetWidgetState('a'));
    expect(a.result.current[0]).toBe(0.5);
    expect(b.result.current[0]).toBe(-1);
    act(() => vi.advanceTimersByTime(250));
    expect(window.location.search).toBe('?noreveal=1&b.w1=-1');
  });

  it('clears every figure, and forgets the refusals, but keeps reserved flags', () => {
    visit('?a.w1=1&b.w1=NaN&noreveal=1');
    const { result } = renderHook(() => ({ w: useWidgetState('w1', weight, 0.5), refused: useRefusedKeys('b') }), {
      wrapper: inScope('b'),
    });
    expect(result.current.refused).toEqual(['w1']);
    act(() => resetWidgetState());
    expect(result.current.refused).toEqual([]);
    expect(widgetStateStore.getState().values).toEqual({});
    act(() => vi.advanceTimersByTime(250));
    expect(window.location.search).toBe('?noreveal=1');
  });
});

describe('useWidgetStates', () => {
  const specs = { w1: { codec: weight, initial: 0.5 }, gate: { codec: gate, initial: 'AND' as 'AND' | 'OR' } };
  const hook = () => renderHook(() => useWidgetStates(specs), { wrapper: inScope('gate') });

  it('patches several keys in one store update and one URL write', () => {
    const replace = vi.spyOn(window.history, 'replaceState');
    const { result } = hook();
    const updates = vi.fn();
    const unsubscribe = widgetStateStore.subscribe(updates);
    act(() => result.current.patch({ w1: -0.5, gate: 'OR' }));
    unsubscribe();
    expect(updates).toHaveBeenCalledTimes(1);
    expect(result.current.values).toEqual({ w1: -0.5, gate: 'OR' });
    act(() => vi.advanceTimersByTime(250));
    expect(replace).toHaveBeenCalledTimes(1);
    expect(window.location.search).toBe('?gate.w1=-0.5&gate.gate=OR');
  });

  it('keeps its setters when values change, so effects that depend on them do not re-run', () => {
    const { result } = hook();
    const { set, patch } = result.current;
    act(() => set.w1(1));
    expect(result.current.set).toBe(set);
    expect(result.current.patch).toBe(patch);
  });

  it('keeps an inline initial array as one spec while it is equal (useWidgetState)', () => {
    const list = { parse: (t: string) => t.split(',').map(Number), format: (v: number[]) => v.join(',') };
    const { result, rerender } = renderHook(() => useWidgetState('a', list, [1, 2]), { wrapper: inScope('s') });
    const setter = result.current[1];
    rerender();
    expect(result.current[1]).toBe(setter);
    act(() => setter([1, 2]));
    expect(widgetStateStore.getState().values).toEqual({});
  });
});
