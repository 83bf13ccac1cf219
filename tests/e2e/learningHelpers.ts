import type { Locator, Page } from '@playwright/test';
import { expect, slider } from './fixtures';

/** Types an exact value into a slider's field. */
export async function typeInto(root: Locator, name: string, value: number): Promise<void> {
  const s = slider(root, name);
  await s.field.fill(String(value));
  await s.field.press('Enter');
  expect(await s.value()).toBe(value);
}

/** A data attribute read as a number. */
export async function num(el: Locator, attr: string): Promise<number> {
  return Number(await el.getAttribute(attr));
}

/** The widget (or the n-th of its kind) on a chapter page, scrolled into view. */
export async function openWidget(page: Page, path: string, name: string, nth = 0): Promise<Locator> {
  await page.goto(path);
  return scrollToWidget(page, name, nth);
}

/** Scrolls the current page to a widget (heavy ones mount only then) and returns it. */
export async function scrollToWidget(page: Page, name: string, nth = 0): Promise<Locator> {
  await page.locator(`[data-figure="${name}"]`).nth(nth).scrollIntoViewIfNeeded();
  const widget = page.locator(`[data-widget="${name}"]`).nth(nth);
  await expect(widget).toBeVisible();
  return widget;
}

/** Neither NaN nor Infinity anywhere in the widget's visible text. */
export async function expectNoNaN(widget: Locator): Promise<void> {
  const text = await widget.innerText();
  expect(text).not.toMatch(/NaN|Infinity/);
}
