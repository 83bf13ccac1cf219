// The trainer as a student uses it: open the mnist chapter, press Train with the defaults, watch the
// status element until test accuracy first reaches 97 %, then Stop. Meanwhile a PerformanceObserver
// records every main-thread long task (> 50 ms) from the click on, charts and status updates included.
import type { Page } from '@playwright/test';
import { longTasks, observeLongTasks } from '../../tests/e2e/longTasks';

/** What one run through the page measured. */
export interface UiRunRecord {
  /** Seconds from the Train click until data-test-acc first read ≥ 0.97; NaN if it never did. */
  readonly secondsTo97: number;
  readonly epochAt97: number;
  readonly bestTestAcc: number;
  /** Durations (ms) of main-thread long tasks between the click and the stop. */
  readonly longTasks: readonly number[];
  readonly error?: string;
}

const pollMs = 50;

/** Presses Train on /en/mnist with the default settings; stops once 97 % is reached or after `limitS`. */
export async function runTrainerThroughUi(page: Page, base: string, limitS: number): Promise<UiRunRecord> {
  await observeLongTasks(page);
  await page.goto(`${base}/en/mnist`);
  await page.locator('[data-figure="mnist-trainer"]').scrollIntoViewIfNeeded();
  const root = page.locator('[data-widget="mnist-trainer"]');
  const status = root.locator('.mnist-status');
  await status.waitFor();
  await longTasks(page); // count only what happens from the click on
  await root.getByRole('button', { name: /^\W*Train$/ }).click();
  const start = Date.now();
  let best = 0;
  let hit: { s: number; epoch: number } | undefined;
  let error: string | undefined;
  while (Date.now() - start < limitS * 1000) {
    const [state, acc, epoch] = await Promise.all([
      status.getAttribute('data-state'),
      status.getAttribute('data-test-acc'),
      status.getAttribute('data-epoch'),
    ]);
    const testAcc = Number(acc || 0);
    best = Math.max(best, testAcc);
    if (testAcc >= 0.97) {
      hit = { s: (Date.now() - start) / 1000, epoch: Number(epoch) };
      break;
    }
    if (state === 'error' || state === 'done') {
      error = state === 'error' ? ((await status.textContent()) ?? 'error') : undefined;
      break;
    }
    await page.waitForTimeout(pollMs);
  }
  const tasks = await longTasks(page);
  const stop = root.getByRole('button', { name: /^\W*Stop$/ });
  if ((await stop.count()) > 0 && (await stop.isEnabled())) await stop.click();
  return {
    secondsTo97: hit?.s ?? NaN,
    epochAt97: hit?.epoch ?? NaN,
    bestTestAcc: best,
    longTasks: tasks,
    ...(error === undefined ? {} : { error }),
  };
}
