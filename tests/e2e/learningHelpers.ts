import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, slider } from './fixtures';

/** Bad things a person can type into a number field, and how the field must answer (value: what it keeps). */
export function badValues(min: number, max: number, kept: number) {
  return [
    { text: 'NaN', reason: 'nan', value: kept },
    { text: 'Infinity', reason: 'infinite', value: max },
    { text: '-Infinity', reason: 'infinite', value: min },
    { text: '', reason: 'empty', value: kept },
    { text: 'abc', reason: 'notANumber', value: kept },
    { text: '1e309', reason: 'infinite', value: max },
    { text: String(max * 1000 + 1), reason: 'tooLarge', value: max },
    { text: String(min - Math.abs(max) * 1000 - 1), reason: 'tooSmall', value: min },
  ] as const;
}

/**
 * Types bad values into the slider's field and checks the visible refusal and the value kept:
 * every kind with `all`, or three representative ones (text, NaN, too large) to keep long pages quick.
 */
export async function expectRefusals(root: Locator, name: string, min: number, max: number, good: number, which: 'all' | 'some' = 'all'): Promise<void> {
  const s = slider(root, name);
  const cases = badValues(min, max, good).filter((b) => which === 'all' || ['abc', 'NaN', String(max * 1000 + 1)].includes(b.text));
  for (const bad of cases) {
    await s.field.fill(String(good));
    await s.field.press('Enter');
    await s.field.fill(bad.text);
    await s.field.press('Enter');
    await expect(s.message).toHaveAttribute('data-refused', bad.reason);
    await expect(s.message).toBeVisible();
    await expect(s.field).toHaveAttribute('aria-invalid', 'true');
    expect(await s.value()).toBe(bad.value);
  }
  await s.field.fill(String(good));
  await s.field.press('Enter');
  await expect(s.message).toBeEmpty();
}

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

/** Serious and critical axe violations on the page, one readable line each. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
