import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, type slider } from './fixtures';

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

/** axe-core violations of impact serious or critical, as readable lines. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} → ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}

/** Bad text for a number field in [min, max], the refusal reason, and the value the field must then hold (current = the value before). */
export function badInputs(min: number, max: number, current: number) {
  return [
    { text: 'NaN', reason: 'nan', value: current },
    { text: 'Infinity', reason: 'infinite', value: max },
    { text: '-Infinity', reason: 'infinite', value: min },
    { text: '', reason: 'empty', value: current },
    { text: 'abc', reason: 'notANumber', value: current },
    { text: '1e309', reason: 'infinite', value: max },
    { text: '99999', reason: 'tooLarge', value: max },
    { text: '-1e6', reason: 'tooSmall', value: min },
  ] as const;
}

/** Types every kind of bad text into a Slider's exact-value field (from `start` each time) and checks the refusal and the value kept. */
export async function expectSliderRefusals(s: ReturnType<typeof slider>, min: number, max: number, start: number): Promise<void> {
  for (const bad of badInputs(min, max, start)) {
    await typeInto(s.field, String(start));
    await typeInto(s.field, bad.text);
    await expect(s.message).toHaveAttribute('data-refused', bad.reason);
    await expect(s.message).toBeVisible();
    expect(await s.value()).toBe(bad.value);
  }
}
