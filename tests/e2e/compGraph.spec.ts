import { dragRangeTo, expect, slider, tapSettled, test } from './fixtures';
import { expectNode, node, openGraph, typeValue } from './graphHelpers';
import { badNumbers } from './badNumbers';

const CG = '/en/computational-graph';
const BP = '/en/backpropagation';

test('problem 1 follows a dragged apple price: every value and gradient, including ones the book never prints', async ({
  page,
}) => {
  const widget = await openGraph(page, CG, 'problem-1');
  await expectNode(widget, 'price', 220.00000000000003, 1);
  await expect(widget.locator('[data-edge="price→"] .cg-edge-value .cg-shown')).toHaveText('220');
  await dragRangeTo(page, slider(widget, 'apple').range, 370);
  const apple = await slider(widget, 'apple').value();
  expect(apple).toBeGreaterThan(300);
  await expectNode(widget, 'apple_price', apple * 2, 1.1);
  await expectNode(widget, 'price', apple * 2 * 1.1, 1);
  await expectNode(widget, 'apple', apple, 2.2);
  await expectNode(widget, 'apple_num', 2, apple * 1.1);
  await expectNode(widget, 'tax', 1.1, apple * 2);
  await expect(widget.locator('[data-edge="tax→price"]')).toHaveAttribute(
    'data-grad',
    String((await node(widget, 'tax')).grad),
  );
});

test('problem 1 from the keyboard: arrow keys on apple_num and tax', async ({ page }) => {
  const widget = await openGraph(page, CG, 'problem-1');
  await slider(widget, 'apple_num').range.focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  expect(await slider(widget, 'apple_num').value()).toBe(5);
  await slider(widget, 'tax').range.focus();
  await page.keyboard.press('ArrowRight');
  expect(await slider(widget, 'tax').value()).toBeCloseTo(1.11, 10);
  await expectNode(widget, 'price', 100 * 5 * 1.11, 1);
  await expectNode(widget, 'apple', 100, 5 * 1.11);
  await expectNode(widget, 'tax', 1.11, 500);
});

test('problem 2 with typed values the book never uses', async ({ page }) => {
  const widget = await openGraph(page, CG, 'problem-2');
  for (const [name, v] of [
    ['apple', '123.5'],
    ['apple_num', '4'],
    ['orange', '90'],
    ['orange_num', '7'],
    ['tax', '1.25'],
  ] as const) {
    await typeValue(widget, name, v);
  }
  const all = 123.5 * 4 + 90 * 7;
  await expectNode(widget, 'all_price', all, 1.25);
  await expectNode(widget, 'price', all * 1.25, 1);
  await expectNode(widget, 'orange_price', 630, 1.25);
  await expectNode(widget, 'orange', 90, 7 * 1.25);
  await expectNode(widget, 'orange_num', 7, 90 * 1.25);
  await expectNode(widget, 'apple_num', 4, 123.5 * 1.25);
  await expectNode(widget, 'tax', 1.25, all);
});

test('local computation: the apples keep their gradient 2.2 whatever the other items cost', async ({ page }) => {
  const widget = await openGraph(page, CG, 'local');
  await expectNode(widget, 'price', 4620, 1);
  for (const target of [9000, 300]) {
    await dragRangeTo(page, slider(widget, 'others').range, target);
    const others = await slider(widget, 'others').value();
    await expectNode(widget, 'all_price', others + 200, 1.1);
    await expectNode(widget, 'apple', 100, 2.2);
  }
});

test('z = (x+y)²: both gradients are 2(x+y), also for negative sums', async ({ page }) => {
  const widget = await openGraph(page, BP, 'chain');
  await expectNode(widget, 't', 7, 14);
  await expectNode(widget, 'z', 49, 1);
  await typeValue(widget, 'x', '-2');
  await typeValue(widget, 'y', '0.5');
  await expectNode(widget, 't', -1.5, -3);
  await expectNode(widget, 'x', -2, -3);
  await expectNode(widget, 'y', 0.5, -3);
  await expect(widget.locator('[data-node="z"]')).toHaveAttribute('data-value', '2.25');
});

test('the add node passes the upstream gradient through and the mul node swaps its inputs', async ({ page }) => {
  const add = await openGraph(page, BP, 'add-node');
  await expectNode(add, 'x', 10, 1.3);
  await typeValue(add, 'x', '-7');
  await typeValue(add, 'dout', '-2');
  await expectNode(add, 'x', -7, -2);
  await expectNode(add, 'y', 5, -2);
  const mul = await openGraph(page, BP, 'mul-node');
  await expectNode(mul, 'x', 10, 6.5);
  await expectNode(mul, 'y', 5, 13);
  await slider(mul, 'dout').range.focus();
  await page.keyboard.press('ArrowRight');
  await expectNode(mul, 'x', 10, 1.4 * 5);
  await expectNode(mul, 'y', 5, 1.4 * 10);
});

test('e = (a+b)(b+1): the engine numbers, forward mode needs 2 passes and reverse mode 1', async ({ page }) => {
  const widget = await openGraph(page, BP, 'shared');
  await expectNode(widget, 'c', 3, 2);
  await expectNode(widget, 'd', 2, 3);
  await expectNode(widget, 'e', 6, 1);
  await expectNode(widget, 'a', 2, 2);
  await expectNode(widget, 'b', 1, 5);
  await expect(widget.locator('[data-forward-passes]')).toHaveAttribute('data-forward-passes', '2');
  await expect(widget.locator('[data-forward-pass="b"]')).toHaveAttribute('data-result', '5');
  // The notes' stated inputs a = 1, b = 2 give e = 9 (the notes print 6).
  await typeValue(widget, 'a', '1');
  await typeValue(widget, 'b', '2');
  await expectNode(widget, 'e', 9, 1);
  await expectNode(widget, 'a', 1, 3);
  await expectNode(widget, 'b', 2, 6);
  await expect(widget.locator('[data-forward-pass="a"]')).toHaveAttribute('data-result', '3');
});

test('the sigmoid in four steps has the same gradients as the collapsed sigmoid node', async ({ page }) => {
  const widget = await openGraph(page, BP, 'sigmoid');
  await typeValue(widget, 'x', '-1.3');
  const y = 1 / (1 + Math.exp(1.3));
  await expectNode(widget, 'y', y, 1);
  await expect(widget.locator('[data-node="exp_minus_x"]')).toBeVisible();
  const steps = await node(widget, 'x');
  expect(steps.grad).toBeCloseTo(y * (1 - y), 12);
  await widget.locator('[data-toggle="collapse"]').click();
  await expect(widget.locator('[data-toggle="collapse"]')).toHaveAttribute('aria-pressed', 'true');
  await expect(widget.locator('[data-node]')).toHaveCount(2);
  await expectNode(widget, 'x', -1.3, steps.grad);
  await widget.locator('[data-node="y"]').focus();
  await expect(widget.locator('[data-rule]')).toBeVisible();
});

test('the backward pass steps forward and back, highlights the current node and shows its rule', async ({ page }) => {
  const widget = await openGraph(page, CG, 'problem-2-backward');
  const body = widget.locator('.comp-graph-body');
  await expect(body).toHaveAttribute('data-step', '4');
  await widget.locator('[data-control="reset"]').click();
  await expect(body).toHaveAttribute('data-step', '0');
  await expect(widget.locator('[data-rule]')).toHaveAttribute('data-rule', 'seed');
  await expect(widget.locator('[data-node="apple"]')).toHaveAttribute('data-grad-known', 'false');
  await expect(widget.locator('[data-edge="tax→price"] .cg-edge-grad .cg-shown')).toHaveText('← ?');
  await widget.locator('[data-control="step"]').click();
  await expect(body).toHaveAttribute('data-current', 'price');
  await expect(widget.locator('[data-node="price"]')).toHaveAttribute('data-current', 'true');
  await expect(widget.locator('[data-rule]')).toHaveAttribute('data-rule', 'mul');
  await expect(widget.locator('[data-rule]')).toContainText('Swap the inputs');
  await expect(widget.locator('[data-node="tax"]')).toHaveAttribute('data-grad-known', 'true');
  await expect(widget.locator('[data-edge="tax→price"] .cg-edge-grad .cg-shown')).toHaveText('← 650');
  await widget.locator('[data-control="step"]').click();
  await expect(widget.locator('[data-rule]')).toHaveAttribute('data-rule', 'add');
  await expect(widget.locator('[data-rule]')).toContainText('unchanged');
  await widget.locator('[data-control="back"]').click();
  await expect(body).toHaveAttribute('data-current', 'price');
  // The keyboard works too: Tab to the step button and press Enter.
  await widget.locator('[data-control="step"]').focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expect(body).toHaveAttribute('data-current', 'orange_price');
  // A slider drag keeps the step and updates the numbers.
  await typeValue(widget, 'orange', '200');
  await expect(body).toHaveAttribute('data-step', '3');
  await expectNode(widget, 'orange_num', 3, 200 * 1.1);
});

test('play runs the backward pass to the end, and pause stops it', async ({ page }) => {
  const widget = await openGraph(page, CG, 'problem-1-backward');
  const body = widget.locator('.comp-graph-body');
  await widget.locator('[data-control="play"]').click();
  await expect(body).toHaveAttribute('data-playing', 'true');
  await widget.locator('[data-control="pause"]').click();
  await expect(body).toHaveAttribute('data-playing', 'false');
  const paused = Number(await body.getAttribute('data-step'));
  expect(paused).toBeLessThan(2);
  await widget.locator('[data-control="play"]').click();
  await expect(body).toHaveAttribute('data-step', '2');
  await expect(body).toHaveAttribute('data-playing', 'false');
  await expect(widget.locator('[data-node="apple"]')).toHaveAttribute('data-grad-known', 'true');
});

test('with reduced motion, play still steps but nothing animates', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, reducedMotion: 'reduce' });
  const page = await context.newPage();
  const widget = await openGraph(page, CG, 'problem-1-backward');
  const duration = await widget
    .locator('[data-node="price"]')
    .evaluate((el) => getComputedStyle(el).transitionDuration);
  expect(duration).toBe('0s');
  await widget.locator('[data-control="play"]').click();
  await expect(widget.locator('.comp-graph-body')).toHaveAttribute('data-step', '2');
  await context.close();
});

test('hovering or focusing a node shows its formula, value and gradient', async ({ page }) => {
  const widget = await openGraph(page, CG, 'problem-1');
  await widget.locator('[data-node="apple_price"]').hover();
  const details = widget.locator('[data-details]');
  await expect(details).toHaveAttribute('data-details', 'apple_price');
  await expect(details).toContainText('apple_price = apple × apple_num');
  await expect(details).toContainText('200');
  await expect(details).toContainText('1.1');
  await widget.locator('[data-node="tax"]').focus();
  await expect(details).toHaveAttribute('data-details', 'tax');
  await expect(details).toContainText('(200)');
  await expect(widget.locator('[data-float-example]')).toHaveAttribute('data-float-example', '220.00000000000003');
});

test('the expression editor draws (x+y)^2 with sliders and gradients, and explains parse errors', async ({ page }) => {
  const widget = await openGraph(page, BP, 'editor');
  const input = widget.locator('input[data-var="expression"]');
  await input.fill('(x+y)^2');
  await expect(widget.locator('[data-var="x"]')).toBeVisible();
  await typeValue(widget, 'x', '3');
  await typeValue(widget, 'y', '4');
  await expectNode(widget, 'n2', 49, 1);
  await expectNode(widget, 'x', 3, 14);
  await input.fill('(x+y');
  await expect(widget.locator('[data-parse-error]')).toHaveAttribute('data-parse-error', '5');
  await expect(widget.locator('[data-parse-error]')).toContainText("expected ')'");
  await expect(input).toHaveAttribute('aria-invalid', 'true');
  await input.fill('x*x + x');
  await typeValue(widget, 'x', '2.5');
  await expectNode(widget, 'x', 2.5, 6);
  await input.fill('log(x)');
  await typeValue(widget, 'x', '-1');
  await expect(widget.locator('.cg-warning')).toContainText('undefined');
  await expect(widget.locator('svg')).not.toContainText('NaN');
  await expect(widget.locator('svg')).toContainText('undefined');
  await input.fill('sigmoid(w*x+b)');
  await expect(widget.locator('[data-var="w"]')).toBeVisible();
  await expect(widget.locator('[data-var="b"]')).toBeVisible();
});

// Every slider of every graph with sliders; the first gets every bad value, the others the two commonest.
for (const [path, id, all] of [
  [CG, 'problem-2', true],
  [CG, 'local', false],
  [BP, 'chain', false],
  [BP, 'shared', false],
  [BP, 'mul-node', false],
  [BP, 'sigmoid', false],
] as const) {
  test(`every number field of the ${id} graph refuses bad values with a visible message`, async ({ page }) => {
    test.slow(all, 'every bad value on five sliders');
    const widget = await openGraph(page, path, id);
    for (const box of await widget.locator('.slider[data-var]').all()) {
      const name = (await box.getAttribute('data-var')) ?? '';
      const s = slider(widget, name);
      const bads = badNumbers(Number(await s.range.getAttribute('min')), Number(await s.range.getAttribute('max')), 1);
      for (const bad of all ? bads : bads.filter((b) => b.text === 'abc' || b.text === '1e309')) {
        await s.field.fill(bad.text);
        await s.field.press('Enter');
        await expect(s.message).toHaveAttribute('data-refused', bad.reason);
        await expect(s.message).toBeVisible();
        await expect(s.field).toHaveAttribute('aria-invalid', 'true');
        const numbers = await widget
          .locator('[data-node]')
          .evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-value'))));
        expect(numbers.every(Number.isFinite)).toBe(true);
      }
      await s.field.fill('1');
      await s.field.press('Enter');
      await expect(s.message).toBeEmpty();
    }
  });
}

test('the graph works by touch on a phone', async ({ browser, baseURL }) => {
  const context = await browser.newContext({
    baseURL,
    viewport: { width: 390, height: 844 },
    hasTouch: true,
    isMobile: true,
  });
  const page = await context.newPage();
  const widget = await openGraph(page, CG, 'problem-2-backward');
  await tapSettled(page, widget.locator('[data-control="reset"]'));
  await tapSettled(page, widget.locator('[data-control="step"]'));
  await expect(widget.locator('.comp-graph-body')).toHaveAttribute('data-current', 'price');
  const range = slider(widget, 'tax').range;
  await range.scrollIntoViewIfNeeded();
  const bb = await range.boundingBox();
  if (!bb) throw new Error('no range');
  await page.touchscreen.tap(bb.x + bb.width - 4, bb.y + bb.height / 2);
  const tax = await slider(widget, 'tax').value();
  expect(tax).toBeGreaterThan(1.9);
  await expectNode(widget, 'all_price', 650, tax);
  await context.close();
});
