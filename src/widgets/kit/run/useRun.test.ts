// @vitest-environment happy-dom
import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runToEnd, stepMany, type Stepper } from './stepper';
import { useRun, type RunOptions } from './useRun';

/** Counts up by one; done at `end`, diverged at a negative count (reached only through `set`). */
const counter = (end: number): Stepper<number> => ({
  step: (n) => n + 1,
  status: (n) => (n < 0 ? 'diverged' : n >= end ? 'done' : 'ready'),
});
/** Doubles; diverged above 1000. */
const doubler: Stepper<number> = { step: (n) => n * 2, status: (n) => (n > 1000 ? 'diverged' : 'ready') };

// A fake requestAnimationFrame: frames run only when the test says so.
let frames: Map<number, FrameRequestCallback>;
let nextHandle = 0;
function frame(count = 1): void {
  for (let i = 0; i < count; i++) {
    const due = [...frames.entries()];
    frames.clear();
    act(() => due.forEach(([, cb]) => cb(performance.now())));
  }
}

let reduced = false;
beforeEach(() => {
  frames = new Map();
  reduced = false;
  vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => {
    frames.set(++nextHandle, cb);
    return nextHandle;
  });
  vi.stubGlobal('cancelAnimationFrame', (h: number) => frames.delete(h));
  vi.stubGlobal('matchMedia', (q: string) => ({ matches: reduced && q.includes('reduce'), media: q }));
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

function setup<S>(init: () => S, stepper: Stepper<S>, key: unknown = 'k', options?: RunOptions<S>) {
  return renderHook(({ k }) => useRun(init, stepper, k, options), { initialProps: { k: key } });
}

describe('stepMany and runToEnd', () => {
  it('stop at done, and never step a state that is not ready', () => {
    expect(stepMany(counter(5), 0, 3)).toBe(3);
    expect(stepMany(counter(5), 0, 30)).toBe(5);
    expect(runToEnd(counter(7), 0)).toBe(7);
    expect(runToEnd(doubler, 1)).toBe(1024);
  });
});

describe('useRun', () => {
  it('starts idle at the initial state and steps once per click', () => {
    const { result } = setup(() => 0, counter(3));
    expect(result.current.state).toBe(0);
    expect(result.current.status).toBe('idle');
    act(() => result.current.step());
    expect(result.current.state).toBe(1);
    act(() => result.current.step(5));
    expect(result.current.state).toBe(3);
    expect(result.current.status).toBe('done');
  });

  it('plays one step per frame and stops by itself when the stepper says done', () => {
    const { result } = setup(() => 0, counter(4));
    act(() => result.current.play());
    expect(result.current.playing).toBe(true);
    expect(result.current.status).toBe('running');
    frame();
    expect(result.current.state).toBe(1);
    frame(3);
    expect(result.current.state).toBe(4);
    expect(result.current.status).toBe('done');
    expect(result.current.playing).toBe(false);
    expect(frames.size).toBe(0);
  });

  it('stops a diverging run and says so', () => {
    const { result } = setup(() => 1, doubler);
    act(() => result.current.play());
    frame(20);
    expect(result.current.state).toBe(1024);
    expect(result.current.status).toBe('diverged');
    expect(result.current.running).toBe(false);
    act(() => result.current.play());
    expect(result.current.running).toBe(false);
  });

  it('pauses and resumes where it was', () => {
    const { result } = setup(() => 0, counter(100));
    act(() => result.current.toggle());
    frame(3);
    act(() => result.current.toggle());
    expect(result.current.playing).toBe(false);
    frame(5);
    expect(result.current.state).toBe(3);
    act(() => result.current.play());
    frame(2);
    expect(result.current.state).toBe(5);
  });

  it('takes more steps per frame when asked, but never past the end', () => {
    const { result } = setup(() => 0, counter(10), 'k', { stepsPerTick: (n) => n + 1 });
    act(() => result.current.play());
    frame();
    expect(result.current.state).toBe(1);
    frame();
    expect(result.current.state).toBe(3);
    frame(5);
    expect(result.current.state).toBe(10);
  });

  it('jumps to the end in one frame with reduced motion, unless told to keep its pace', () => {
    reduced = true;
    const jump = setup(() => 0, counter(50));
    act(() => jump.result.current.play());
    frame();
    expect(jump.result.current.state).toBe(50);
    const paced = setup(() => 0, counter(50), 'k', { reducedMotion: 'pace' });
    act(() => paced.result.current.play());
    frame();
    expect(paced.result.current.state).toBe(1);
  });

  it('runs n steps at its pace, one browser task each, and then stops', () => {
    vi.useFakeTimers();
    const seen: number[] = [];
    const { result } = setup(() => 0, counter(100), 'k', { pace: 'task', onAdvance: (s) => seen.push(s) });
    act(() => result.current.run(3));
    expect(result.current.running).toBe(true);
    expect(result.current.playing).toBe(false);
    for (let i = 0; i < 5; i++) act(() => vi.advanceTimersByTime(0));
    expect(result.current.state).toBe(3);
    expect(result.current.status).toBe('idle');
    expect(seen).toEqual([1, 2, 3]);
  });

  it('ticks every so many milliseconds when given a period', () => {
    vi.useFakeTimers();
    const { result } = setup(() => 0, counter(5), 'k', { pace: { everyMs: 1000 } });
    act(() => result.current.play());
    act(() => vi.advanceTimersByTime(999));
    expect(result.current.state).toBe(0);
    act(() => vi.advanceTimersByTime(1));
    expect(result.current.state).toBe(1);
    for (let i = 0; i < 10; i++) act(() => vi.advanceTimersByTime(1000));
    expect(result.current.state).toBe(5);
    expect(result.current.status).toBe('done');
  });

  it('resets to a fresh initial state, and starts again when the key changes', () => {
    let made = 0;
    const init = () => {
      made++;
      return 0;
    };
    const { result, rerender } = setup(init, counter(9), 'a');
    act(() => result.current.step(4));
    act(() => result.current.play());
    act(() => result.current.reset());
    expect(result.current.state).toBe(0);
    expect(result.current.running).toBe(false);
    act(() => result.current.step(2));
    const before = made;
    rerender({ k: 'b' });
    expect(result.current.state).toBe(0);
    expect(made).toBeGreaterThan(before);
    rerender({ k: 'b' });
    expect(result.current.state).toBe(0);
  });

  it('stops a play when the key changes', () => {
    const { result, rerender } = setup(() => 0, counter(9), 'a');
    act(() => result.current.play());
    frame(2);
    rerender({ k: 'b' });
    expect(result.current.playing).toBe(false);
    frame(3);
    expect(result.current.state).toBe(0);
  });

  it('plays from a given state, and shows a set state stopped', () => {
    const { result } = setup(() => 0, counter(9));
    act(() => result.current.play(6));
    frame(10);
    expect(result.current.state).toBe(9);
    act(() => result.current.set(-1));
    expect(result.current.status).toBe('diverged');
    act(() => result.current.set(2));
    expect(result.current.status).toBe('idle');
  });

  it('calls onAdvance after steps, not after reset or pause', () => {
    const seen: number[] = [];
    const { result } = setup(() => 0, counter(9), 'k', { onAdvance: (s) => seen.push(s) });
    act(() => result.current.step(2));
    act(() => result.current.play());
    frame();
    act(() => result.current.pause());
    act(() => result.current.reset());
    expect(seen).toEqual([2, 3]);
  });
});
