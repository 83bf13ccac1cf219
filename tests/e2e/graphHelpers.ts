import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

/** The comp-graph widget a chapter placed with id="…" (its Figure carries the scope). */
export function graph(page: Page, id: string): Locator {
  return page.locator(`figure[data-scope="${id}"] [data-widget="comp-graph"]`);
}

/** Opens a chapter and scrolls the graph with that id into view. */
export async function openGraph(page: Page, path: string, id: string): Promise<Locator> {
  await page.goto(path);
  const widget = graph(page, id);
  await widget.scrollIntoViewIfNeeded();
  await expect(widget.locator('[data-node]').first()).toBeVisible();
  return widget;
}

/** A node's full-precision value and gradient, read from its data attributes. */
export async function node(widget: Locator, name: string): Promise<{ value: number; grad: number }> {
  const n = widget.locator(`[data-node="${name}"]`);
  return { value: Number(await n.getAttribute('data-value')), grad: Number(await n.getAttribute('data-grad')) };
}

/** Expects a node's value and gradient to be close to the given numbers (relative 1e-9). */
export async function expectNode(widget: Locator, name: string, value: number, grad: number): Promise<void> {
  await expect
    .poll(
      async () => {
        const n = await node(widget, name);
        return (
          Math.abs(n.value - value) <= 1e-9 * Math.max(1, Math.abs(value)) &&
          Math.abs(n.grad - grad) <= 1e-9 * Math.max(1, Math.abs(grad))
        );
      },
      { message: `${name} should have value ${value} and gradient ${grad}` },
    )
    .toBe(true);
}

/** Types an exact value into a slider's number field and commits it with Enter. */
export async function typeValue(widget: Locator, name: string, text: string): Promise<void> {
  const field = widget.locator(`[data-var="${name}"] input.slider-number`);
  await field.fill(text);
  await field.press('Enter');
}
