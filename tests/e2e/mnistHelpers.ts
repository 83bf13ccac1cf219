import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, slider } from './fixtures';

/** Opens the mnist chapter (with optional URL state) and scrolls the trainer into view so it mounts. */
export async function openTrainer(page: Page, query = ''): Promise<{ root: Locator; status: Locator }> {
  await page.goto(`/en/mnist${query}`);
  await page.locator('[data-figure="mnist-trainer"]').scrollIntoViewIfNeeded();
  const root = page.locator('[data-widget="mnist-trainer"]');
  await expect(root).toBeVisible();
  return { root, status: root.locator('.mnist-status') };
}

/** Types a value into a named slider's exact-value field and commits it with Enter. */
export async function typeSetting(root: Locator, name: string, value: string): Promise<void> {
  const s = slider(root, name);
  await s.field.fill(value);
  await s.field.press('Enter');
}

/** A small, quick MNIST run: one hidden layer of 32 units, Adam 0.003, one epoch. */
export async function useSmallSettings(root: Locator): Promise<void> {
  await typeSetting(root, 'hiddenSize', '32');
  await typeSetting(root, 'log10LearningRate', '-2.5');
  await typeSetting(root, 'epochs', '1');
}

/** Reads a numeric data attribute of the status element. */
export async function statusNumber(status: Locator, attr: string): Promise<number> {
  return Number(await status.getAttribute(attr));
}

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

/** Serious and critical axe violations inside one element. */
export async function seriousViolationsIn(page: Page, selector: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).include(selector).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} → ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}

/** Draws a stroke on the pad from (x0, y0) to (x1, y1), given as fractions of the canvas. */
export async function drawStroke(page: Page, canvas: Locator, from: [number, number], to: [number, number]): Promise<void> {
  await canvas.scrollIntoViewIfNeeded();
  const box = await canvas.boundingBox();
  if (!box) throw new Error('drawing canvas is not visible');
  await page.mouse.move(box.x + from[0] * box.width, box.y + from[1] * box.height);
  await page.mouse.down();
  await page.mouse.move(box.x + to[0] * box.width, box.y + to[1] * box.height, { steps: 16 });
  await page.mouse.up();
}
