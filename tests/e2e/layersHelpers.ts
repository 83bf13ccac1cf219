import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

/** A number read from a data attribute (full precision). */
export async function num(locator: Locator, attr: string): Promise<number> {
  const text = await locator.getAttribute(attr);
  if (text === null || text === '') throw new Error(`missing ${attr}`);
  return Number(text);
}

/** The widget instance rendered for a chapter scope (the id given in the MDX), scrolled into view. */
export async function figure(page: Page, scope: string, widget: string): Promise<Locator> {
  // Heavy widgets mount only once their figure is near the viewport, so scroll the figure first.
  await page.locator(`figure[data-scope="${scope}"]`).scrollIntoViewIfNeeded();
  const root = page.locator(`[data-scope="${scope}"] [data-widget="${widget}"]`);
  await root.scrollIntoViewIfNeeded();
  await expect(root).toBeVisible();
  return root;
}

/** One cell of a matrix grid: the <td> (with data-value) and its text field when the matrix is editable. */
export function cell(root: Locator, matrix: string, r: number, c: number) {
  const td = root.locator(`[data-matrix="${matrix}"] [data-cell="${r},${c}"]`);
  return { td, input: td.locator('input'), value: () => num(td, 'data-value') };
}

/** Types into a field and commits with Enter. */
export async function typeInto(field: Locator, text: string): Promise<void> {
  await field.fill(text);
  await field.press('Enter');
}
