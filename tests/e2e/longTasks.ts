// Main-thread long tasks (over 50 ms), from a PerformanceObserver: used by the mnist e2e test and the browser bench.
import type { Page } from '@playwright/test';

/** Records main-thread long tasks (over 50 ms) from page load on; read them with longTasks(). */
export async function observeLongTasks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __longTasks: number[] };
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longTasks.push(e.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
}

/** Durations (ms) of the long tasks recorded so far; resets the record. */
export async function longTasks(page: Page): Promise<number[]> {
  return page.evaluate(() => {
    const w = window as unknown as { __longTasks: number[] };
    const out = w.__longTasks.slice();
    w.__longTasks = [];
    return out;
  });
}
