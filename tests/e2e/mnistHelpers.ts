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

/** Draws a stroke on the pad from (x0, y0) to (x1, y1), given as fractions of the canvas. */
export async function drawStroke(
  page: Page,
  canvas: Locator,
  from: [number, number],
  to: [number, number],
): Promise<void> {
  await canvas.scrollIntoViewIfNeeded();
  const box = await canvas.boundingBox();
  if (!box) throw new Error('drawing canvas is not visible');
  await page.mouse.move(box.x + from[0] * box.width, box.y + from[1] * box.height);
  await page.mouse.down();
  await page.mouse.move(box.x + to[0] * box.width, box.y + to[1] * box.height, { steps: 16 });
  await page.mouse.up();
}
