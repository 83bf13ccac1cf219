import { dragRangeTo, expect, slider, tapSettled, test } from './fixtures';
import type { Locator, Page } from '@playwright/test';
import { expectSliderRefusals } from './badNumbers';
import { perceptronParams } from '../../src/widgets/perceptronGate/params';

const gates = {
  AND: { w1: 0.5, w2: 0.5, b: -0.7, outputs: { '0,0': 0, '1,0': 0, '0,1': 0, '1,1': 1 } },
  NAND: { w1: -0.5, w2: -0.5, b: 0.7, outputs: { '0,0': 1, '1,0': 1, '0,1': 1, '1,1': 0 } },
  OR: { w1: 0.5, w2: 0.5, b: -0.2, outputs: { '0,0': 0, '1,0': 1, '0,1': 1, '1,1': 1 } },
} as const;
type Gate = keyof typeof gates;

async function firstGate(page: Page): Promise<Locator> {
  await page.goto('/en/perceptron');
  const widget = page.locator('[data-widget="perceptron-gate"]').first();
  await expect(widget).toBeVisible();
  return widget;
}

async function expectTruthTable(widget: Locator, gate: Gate) {
  for (const [row, out] of Object.entries(gates[gate].outputs)) {
    await expect(widget.locator(`tr[data-row="${row}"]`)).toHaveAttribute('data-output', String(out));
  }
}

/** Chooses the target gate without changing the weights afterwards (the preset sets them; we then scramble). */
async function targetAndScramble(widget: Locator, gate: Gate) {
  await widget.locator(`button[data-preset="${gate}"]`).click();
  for (const name of ['w1', 'w2', 'b']) {
    const s = slider(widget, name);
    await s.field.fill('0');
    await s.field.press('Enter');
  }
  await expect(widget).toHaveAttribute('data-matches', 'none');
}

for (const gate of Object.keys(gates) as Gate[]) {
  test(`${gate} is set by dragging the three sliders`, async ({ page }) => {
    const widget = await firstGate(page);
    await targetAndScramble(widget, gate);
    for (const name of ['w1', 'w2', 'b'] as const) {
      await dragRangeTo(page, slider(widget, name).range, gates[gate][name]);
      expect(Math.abs((await slider(widget, name).value()) - gates[gate][name])).toBeLessThan(0.08);
    }
    await expectTruthTable(widget, gate);
    await expect(widget.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'match');
    await expect(widget.locator('[data-verdict]')).toContainText(`matches the ${gate} gate`);
  });

  test(`${gate} is set from the keyboard with arrow keys`, async ({ page }) => {
    const widget = await firstGate(page);
    await targetAndScramble(widget, gate);
    for (const name of ['w1', 'w2', 'b'] as const) {
      const s = slider(widget, name);
      await s.range.focus();
      const presses = Math.round(Math.abs(gates[gate][name]) / 0.1);
      const key = gates[gate][name] > 0 ? 'ArrowRight' : 'ArrowLeft';
      for (let i = 0; i < presses; i++) await page.keyboard.press(key);
      expect(await s.value()).toBeCloseTo(gates[gate][name], 10);
    }
    await expectTruthTable(widget, gate);
    await expect(widget.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'match');
  });

  test(`${gate} is set by typing exact values`, async ({ page }) => {
    const widget = await firstGate(page);
    await targetAndScramble(widget, gate);
    for (const name of ['w1', 'w2', 'b'] as const) {
      const s = slider(widget, name);
      await s.field.fill(String(gates[gate][name]));
      await s.field.press('Enter');
      expect(await s.value()).toBe(gates[gate][name]);
    }
    await expectTruthTable(widget, gate);
    await expect(widget.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'match');
  });
}

test('the weighted sum in each row is computed exactly: AND gives -0.7, -0.2, -0.2, 0.3', async ({ page }) => {
  const widget = await firstGate(page);
  const expected = { '0,0': -0.7, '1,0': -0.2, '0,1': -0.2, '1,1': 0.3 };
  for (const [row, a] of Object.entries(expected)) {
    const value = Number(await widget.locator(`tr[data-row="${row}"]`).getAttribute('data-a'));
    expect(value).toBeCloseTo(a, 12);
  }
});

test('Shift+arrow takes fine steps, PageUp big ones, Home and End the bounds', async ({ page }) => {
  const widget = await firstGate(page);
  const s = slider(widget, 'w1');
  await s.range.focus();
  await page.keyboard.press('Shift+ArrowRight');
  expect(await s.value()).toBeCloseTo(0.51, 10);
  await page.keyboard.press('Shift+ArrowLeft');
  await page.keyboard.press('Shift+ArrowLeft');
  expect(await s.value()).toBeCloseTo(0.49, 10);
  await page.keyboard.press('PageUp');
  expect(await s.value()).toBeCloseTo(1.49, 10);
  await page.keyboard.press('End');
  expect(await s.value()).toBe(perceptronParams.w1.max);
  await page.keyboard.press('Home');
  expect(await s.value()).toBe(perceptronParams.w1.min);
  await s.field.focus();
  await page.keyboard.press('ArrowUp');
  expect(await s.value()).toBeCloseTo(-1.9, 10);
});

test('the reset button restores the book value', async ({ page }) => {
  const widget = await firstGate(page);
  const s = slider(widget, 'b');
  await expect(s.reset).toBeDisabled();
  await s.field.fill('1.5');
  await s.field.press('Enter');
  expect(await s.value()).toBe(1.5);
  await s.reset.click();
  expect(await s.value()).toBe(perceptronParams.b.book);
  await expect(s.field).toHaveValue(String(perceptronParams.b.book));
});

for (const lang of ['en', 'ko'] as const) {
  for (const name of ['w1', 'w2', 'b'] as const) {
    test(`the ${name} number field refuses bad values with a visible message in every gate widget (${lang})`, async ({
      page,
    }) => {
      test.slow(); // nine bad values in each gate widget on the page
      await page.goto(`/${lang}/perceptron`);
      const widgets = page.locator('[data-widget="perceptron-gate"]');
      await expect(widgets.first()).toBeVisible();
      const count = await widgets.count();
      expect(count).toBeGreaterThanOrEqual(1);
      for (let i = 0; i < count; i++) {
        const widget = widgets.nth(i);
        const s = slider(widget, name);
        // Each case starts from 0.5, so "kept" has one meaning; the field shows the value held, and the table stays whole.
        await expectSliderRefusals(s, { ...perceptronParams[name], good: 0.5 }, 'all', async (bad) => {
          await expect(s.field).toHaveValue(String(bad.value));
          await expect(widget.locator('tr[data-row]')).toHaveCount(4);
        });
      }
    });
  }
}

test('a refusal message stays when focus moves on, and the next click lands where it was aimed', async ({ page }) => {
  const widget = await firstGate(page);
  const s = slider(widget, 'w2');
  await s.field.fill('abc');
  await s.field.press('Enter');
  await expect(s.message).toHaveAttribute('data-refused', 'notANumber');
  await page.keyboard.press('Tab');
  await expect(s.message).toHaveAttribute('data-refused', 'notANumber');
  await widget.locator('button[data-preset="NAND"]').click();
  await expect(widget).toHaveAttribute('data-target', 'NAND');
});

test('the XOR attempt says that no single line can do it', async ({ page }) => {
  const widget = await firstGate(page);
  await widget.locator('button[data-preset="XOR"]').click();
  await expect(widget).toHaveAttribute('data-target', 'XOR');
  await expect(widget.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'mismatch');
  await expect(widget.locator('[data-verdict]')).toContainText('3 of 4 rows match XOR');
  await expect(widget.locator('tr[data-row="1,1"]')).toHaveClass(/row-bad/);
});

test('the plot shades the firing side and marks the points that fire', async ({ page }) => {
  const widget = await firstGate(page);
  await expect(widget.locator('[data-region="fires"]')).toHaveCount(1);
  await expect(widget.locator('[data-line="decision"]')).toHaveCount(1);
  await expect(widget.locator('[data-point="1,1"]')).toHaveAttribute('data-output', '1');
  await expect(widget.locator('[data-point="0,1"]')).toHaveAttribute('data-output', '0');
  const label = await widget.locator('svg.gate-plot').getAttribute('aria-label');
  expect(label).toContain('(1,1)');
});

test('the presets work by touch on a phone', async ({ browser, baseURL }) => {
  const context = await browser.newContext({
    baseURL,
    viewport: { width: 390, height: 844 },
    hasTouch: true,
    isMobile: true,
  });
  const page = await context.newPage();
  await page.goto('/en/perceptron');
  const widget = page.locator('[data-widget="perceptron-gate"]').first();
  await tapSettled(page, widget.locator('button[data-preset="NAND"]'));
  await expectTruthTable(widget, 'NAND');
  const range = slider(widget, 'b').range;
  await range.scrollIntoViewIfNeeded();
  const bb = await range.boundingBox();
  if (!bb) throw new Error('no range');
  await page.touchscreen.tap(bb.x + bb.width - 4, bb.y + bb.height / 2);
  expect(await slider(widget, 'b').value()).toBeGreaterThan(1.8);
  await context.close();
});

test('the XOR network shows s1, s2 and y for each chosen row', async ({ page }) => {
  await page.goto('/en/perceptron');
  const widget = page.locator('[data-widget="xor-network"]');
  await widget.scrollIntoViewIfNeeded();
  const expected = { '0,0': [1, 0, 0], '1,0': [1, 1, 1], '0,1': [1, 1, 1], '1,1': [0, 1, 0] } as const;
  for (const [row, [s1, s2, y]] of Object.entries(expected)) {
    await widget.locator(`input[data-row-choice="${row}"]`).check();
    await expect(widget).toHaveAttribute('data-selected-row', row);
    await expect(widget.locator('[data-node="s1"]')).toHaveAttribute('data-value', String(s1));
    await expect(widget.locator('[data-node="s2"]')).toHaveAttribute('data-value', String(s2));
    await expect(widget.locator('[data-node="y"]')).toHaveAttribute('data-value', String(y));
    await expect(widget.locator(`tr[data-row="${row}"]`)).toHaveAttribute('data-output', String(y));
  }
  // The row choice is a radio group: arrow keys move it.
  await widget.locator('input[data-row-choice="1,1"]').focus();
  await page.keyboard.press('ArrowLeft');
  await expect(widget).toHaveAttribute('data-selected-row', '0,1');
});

test('the gate draws its network with the comp-graph component, for the row the reader picks', async ({ page }) => {
  const widget = await firstGate(page);
  const graph = widget.locator('.perceptron-gate-graph');
  for (const name of ['x1', 'x2', 'w1', 'w2', 'b', 'a', 'y'])
    await expect(graph.locator(`[data-node="${name}"]`)).toHaveCount(1);
  expect(Number(await graph.locator('[data-node="a"]').getAttribute('data-value'))).toBeCloseTo(0.3, 12);
  await expect(graph.locator('[data-node="y"]')).toHaveAttribute('data-value', '1');
  await widget.locator('input[data-row-choice="1,0"]').check();
  await expect(graph).toHaveAttribute('data-selected-row', '1,0');
  await expect(graph.locator('[data-node="x1"]')).toHaveAttribute('data-value', '1');
  await expect(graph.locator('[data-node="x2"]')).toHaveAttribute('data-value', '0');
  await expect(graph.locator('[data-node="y"]')).toHaveAttribute('data-value', '0');
  // Dragging a weight updates the graph with the table: w1 = 1 makes (1,0) fire.
  await dragRangeTo(page, slider(widget, 'w1').range, 1.2);
  const w1 = await slider(widget, 'w1').value();
  expect(Number(await graph.locator('[data-node="a"]').getAttribute('data-value'))).toBeCloseTo(w1 - 0.7, 9);
  await expect(graph.locator('[data-node="y"]')).toHaveAttribute('data-value', '1');
  await expect(widget.locator('tr[data-row="1,0"]')).toHaveAttribute('data-output', '1');
  await expect(widget.locator('tr[data-row="1,0"]')).toHaveAttribute('aria-current', 'true');
  // Arrow keys move the row choice.
  await widget.locator('input[data-row-choice="1,0"]').focus();
  await page.keyboard.press('ArrowRight');
  await expect(graph).toHaveAttribute('data-selected-row', '0,1');
});

test('the XOR network is drawn by the comp-graph component with its weights on the edges', async ({ page }) => {
  await page.goto('/en/perceptron');
  const widget = page.locator('[data-widget="xor-network"]');
  await widget.scrollIntoViewIfNeeded();
  await widget.locator('input[data-row-choice="0,1"]').check();
  await expect(widget.locator('[data-node="s1"]')).toHaveAttribute('data-value', '1');
  expect(Number(await widget.locator('[data-node="a1"]').getAttribute('data-value'))).toBeCloseTo(0.2, 12);
  expect(Number(await widget.locator('[data-node="a2"]').getAttribute('data-value'))).toBeCloseTo(0.3, 12);
  await expect(widget.locator('[data-edge="x1→u1"] [data-weight]')).toHaveAttribute('data-weight', '-0.5');
  await expect(widget.locator('[data-node="x2"]')).toHaveAttribute('data-value', '1');
});
