import { expect, slider } from './fixtures';
import type { Locator, Page } from '@playwright/test';

/** A numeric data attribute of an element (full precision, as the widgets write it). */
export async function numAttr(el: Locator, attr = 'data-value'): Promise<number> {
  const text = await el.getAttribute(attr);
  if (text === null) throw new Error(`missing ${attr}`);
  return Number(text);
}

/** Types an exact value into the Slider `name` inside `root` and presses Enter. */
export async function typeValue(root: Locator, name: string, value: string): Promise<void> {
  const s = slider(root, name);
  await s.field.fill(value);
  await s.field.press('Enter');
}

/** Scrolls to and returns the first widget with this kebab name on the page. */
export async function widgetOn(page: Page, path: string, name: string): Promise<Locator> {
  await page.goto(path);
  const widget = page.locator(`[data-widget="${name}"]`).first();
  await widget.scrollIntoViewIfNeeded();
  await expect(widget).toBeVisible();
  return widget;
}

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));
const affine = (x: number[], w: number[], b: number[]) =>
  b.map((bj, j) => x.reduce((s, xi, i) => s + xi * (w[i * b.length + j] ?? 0), bj));

/** An independent forward pass in plain JavaScript (the test's oracle for the engine's numbers). */
export function forwardOracle(p: {
  X: number[];
  W1: number[];
  B1: number[];
  W2: number[];
  B2: number[];
  W3: number[];
  B3: number[];
}) {
  const A1 = affine(p.X, p.W1, p.B1);
  const Z1 = A1.map(sigmoid);
  const A2 = affine(Z1, p.W2, p.B2);
  const Z2 = A2.map(sigmoid);
  const A3 = affine(Z2, p.W3, p.B3);
  const m = Math.max(...A3);
  const e = A3.map((v) => Math.exp(v - m));
  const s = e.reduce((a, b) => a + b, 0);
  return { A1, Z1, A2, Z2, A3, Y: e.map((v) => v / s) };
}
