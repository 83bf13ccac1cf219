import { expect, slider, test } from './fixtures';

test.describe('slides', () => {
  test('keys move between slides and the URL follows, so a reload opens the same slide', async ({ page }) => {
    await page.goto('/en/perceptron/slides/1');
    const deck = page.locator('.slides');
    await expect(deck).toHaveAttribute('data-slides-total', /^\d+$/);
    const total = Number(await deck.getAttribute('data-slides-total'));
    expect(total).toBeGreaterThanOrEqual(6);
    const visible = page.locator('.slide-section[data-slide]:visible');
    await expect(visible).toHaveCount(1);
    await expect(visible).toHaveAttribute('data-slide', '1');

    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(/\/en\/perceptron\/slides\/2$/);
    await page.keyboard.press('PageDown');
    await expect(page).toHaveURL(/\/slides\/3$/);
    await page.keyboard.press(' ');
    await expect(page).toHaveURL(/\/slides\/4$/);
    await expect(visible).toHaveAttribute('data-slide', '4');
    await page.keyboard.press('ArrowLeft');
    await expect(page).toHaveURL(/\/slides\/3$/);
    await page.keyboard.press('PageUp');
    await expect(page).toHaveURL(/\/slides\/2$/);
    await page.keyboard.press('End');
    await expect(page).toHaveURL(new RegExp(`/slides/${total}$`));
    await expect(page.locator('[data-slide-counter]')).toHaveText(`Slide ${total} of ${total}`);
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(new RegExp(`/slides/${total}$`));
    await page.keyboard.press('Home');
    await expect(page).toHaveURL(/\/slides\/1$/);

    await page.goto('/en/perceptron/slides/3');
    await page.reload();
    await expect(page.locator('.slide-section[data-slide]:visible')).toHaveAttribute('data-slide', '3');
    await expect(page.locator('.slides-progress')).toHaveAttribute('aria-valuenow', '3');
  });

  test('a slide number past the end opens the last slide', async ({ page }) => {
    await page.goto('/ko/perceptron/slides/999');
    await expect(page.locator('.slides')).toHaveAttribute('data-slides-total', /^\d+$/);
    const total = await page.locator('.slides').getAttribute('data-slides-total');
    await expect(page).toHaveURL(new RegExp(`/ko/perceptron/slides/${total}$`));
  });

  test('Esc goes back to reading mode at the same section; the reading-mode button starts slides at the current section', async ({
    page,
  }) => {
    await page.goto('/en/perceptron/slides/4');
    const heading = page.locator('.slide-section[data-slide="4"] h2');
    const id = await heading.getAttribute('id');
    await page.keyboard.press('Escape');
    await expect(page).toHaveURL(new RegExp(`/en/perceptron#${id}$`));
    await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
    await page.locator('button[data-action="present"]').click();
    await expect(page).toHaveURL(/\/en\/perceptron\/slides\/4$/);
  });

  test('arrow keys inside a widget move the widget, not the slides', async ({ page }) => {
    await page.goto('/en/perceptron/slides/1');
    await expect(page.locator('.slides')).toHaveAttribute('data-slides-total', /^\d+$/);
    // Find the slide that holds the gate widget.
    const n = await page
      .locator('.slide-section:has([data-widget="perceptron-gate"])')
      .first()
      .getAttribute('data-slide');
    await page.goto(`/en/perceptron/slides/${n}`);
    const widget = page.locator('.slide-section:visible [data-widget="perceptron-gate"]');
    const s = slider(widget, 'w1');
    await s.range.focus();
    await page.keyboard.press('ArrowRight');
    expect(await s.value()).toBeCloseTo(0.6, 10);
    await expect(page).toHaveURL(new RegExp(`/slides/${n}(\\?|$)`));
  });

  test('widgets keep their state between slides and reading mode', async ({ page }) => {
    await page.goto('/en/perceptron');
    const widget = page.locator('[data-widget="perceptron-gate"]').first();
    const b = slider(widget, 'b');
    await b.field.fill('-0.2');
    await b.field.press('Enter');
    await expect(widget).toHaveAttribute('data-matches', 'OR');
    await widget.evaluate((el) => el.closest('.slide-section')?.scrollIntoView());
    await page.locator('button[data-action="present"]').click();
    await expect(page).toHaveURL(/\/slides\/\d+/);
    const onSlide = page.locator('.slide-section:visible [data-widget="perceptron-gate"]');
    await expect(onSlide).toHaveAttribute('data-matches', 'OR');
    await page.keyboard.press('Escape');
    await expect(page.locator('[data-widget="perceptron-gate"]').first()).toHaveAttribute('data-matches', 'OR');
  });
});

test.describe('shareable state', () => {
  test('a link with widget state opens with that state, and changes are mirrored into the address bar', async ({
    page,
  }) => {
    await page.goto(
      '/en/perceptron?perceptron-gate.w1=-0.5&perceptron-gate.w2=-0.5&perceptron-gate.b=0.7&perceptron-gate.gate=NAND',
    );
    const widget = page.locator('[data-widget="perceptron-gate"]').first();
    expect(await slider(widget, 'w1').value()).toBe(-0.5);
    await expect(widget).toHaveAttribute('data-target', 'NAND');
    await expect(widget).toHaveAttribute('data-matches', 'NAND');
    // The second gate widget on the page has its own namespace and is untouched.
    await expect(
      page.locator('[data-figure="perceptron-gate"][data-scope="xor-attempt"] [data-widget="perceptron-gate"]'),
    ).toHaveAttribute('data-target', 'OR');

    await slider(widget, 'b').field.fill('0.9');
    await slider(widget, 'b').field.press('Enter');
    await expect(page).toHaveURL(/perceptron-gate\.b=0\.9/);
    await page.reload();
    expect(await slider(page.locator('[data-widget="perceptron-gate"]').first(), 'b').value()).toBe(0.9);
  });

  test('hostile or malformed query strings are ignored with a notice, never crash or run', async ({ page }) => {
    const hostile = [
      'perceptron-gate.w1=NaN',
      'perceptron-gate.w2=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
      'perceptron-gate.b=1e400',
      'perceptron-gate.gate=__proto__',
      'perceptron-gate.constructor=1',
      '__proto__.polluted=1',
      `xor-attempt.w1=${'9'.repeat(500)}`,
    ].join('&');
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    await page.goto(`/en/perceptron?${hostile}`);
    const widget = page.locator('[data-widget="perceptron-gate"]').first();
    expect(await slider(widget, 'w1').value()).toBe(0.5);
    expect(await slider(widget, 'w2').value()).toBe(0.5);
    expect(await slider(widget, 'b').value()).toBe(-0.7);
    await expect(widget).toHaveAttribute('data-target', 'AND');
    const notice = page.locator('[data-figure="perceptron-gate"][data-scope="perceptron-gate"] .figure-notice');
    await expect(notice).toBeVisible();
    await expect(notice).toHaveAttribute('data-refused-keys', /w1/);
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
    expect(await page.evaluate(() => (({}) as Record<string, unknown>).polluted)).toBeUndefined();
    expect(dialogs).toBe(0);
    // A too-long value is refused outright and the page still works.
    await expect(page.locator('h1')).toBeVisible();
    expect(
      await slider(
        page.locator('[data-figure][data-scope="xor-attempt"] [data-widget="perceptron-gate"]'),
        'w1',
      ).value(),
    ).toBe(0.5);
  });

  test('Copy link gives the URL with the state, and Reset returns to the book values', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ baseURL, permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto('/en/perceptron');
    const figure = page.locator('[data-figure="perceptron-gate"][data-scope="perceptron-gate"]');
    const widget = figure.locator('[data-widget="perceptron-gate"]');
    await slider(widget, 'w1').field.fill('1.25');
    await slider(widget, 'w1').field.press('Enter');
    await figure.locator('button[data-action="copy-link"]').click();
    await expect(figure.locator('[data-copied="copied"]')).toHaveText(/Link copied/);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('perceptron-gate.w1=1.25');
    expect(copied).toContain('#fig-perceptron-gate');

    await figure.locator('button[data-action="reset-widget"]').click();
    expect(await slider(widget, 'w1').value()).toBe(0.5);
    await expect(page).not.toHaveURL(/perceptron-gate\.w1/);

    // The copied link, opened fresh, restores exactly what was shared.
    const other = await context.newPage();
    await other.goto(copied);
    expect(
      await slider(
        other.locator('[data-figure][data-scope="perceptron-gate"] [data-widget="perceptron-gate"]'),
        'w1',
      ).value(),
    ).toBe(1.25);
    await context.close();
  });

  test('the language switch keeps the widget state', async ({ page }) => {
    await page.goto('/en/perceptron?perceptron-gate.b=-0.2');
    await page.locator('a[data-lang-switch="ko"]').click();
    await expect(page).toHaveURL(/\/ko\/perceptron\?perceptron-gate\.b=-0\.2/);
    expect(await slider(page.locator('[data-widget="perceptron-gate"]').first(), 'b').value()).toBe(-0.2);
  });
});

test('the reading position and theme persist across visits', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await page.goto('/en/perceptron');
  await page.locator('button[data-theme-mode]').click();
  const heading = page.locator('.prose h2').nth(3);
  await heading.evaluate((el) => el.scrollIntoView());
  await page.mouse.wheel(0, 40);
  const id = await heading.getAttribute('id');
  await expect.poll(() => page.evaluate(() => localStorage.getItem('nn-book:position') ?? '')).toContain(String(id));
  await page.close();

  const again = await context.newPage();
  await again.goto('/');
  await expect(again).toHaveURL(new RegExp(`/en/perceptron#${id}$`));
  await expect(again.locator('html')).toHaveAttribute('data-theme', 'light');
  await again.goto('/en');
  await expect(again.locator('a[data-action="continue-reading"]')).toHaveAttribute('href', `/en/perceptron#${id}`);
  await context.close();
});

test('the projector theme can be chosen in slide mode', async ({ page }) => {
  await page.goto('/en/perceptron/slides/2');
  const toggle = page.locator('button[data-theme-mode]');
  for (let i = 0; i < 4 && (await toggle.getAttribute('data-theme-mode')) !== 'projector'; i++) await toggle.click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'projector');
  await expect(toggle).toHaveAccessibleName(/Projector/);
});

test('a chapter prints with the widgets in their current state and without the reading chrome', async ({ page }) => {
  await page.goto('/en/perceptron?perceptron-gate.b=-0.2');
  await expect(page.locator('[data-widget="perceptron-gate"]').first()).toHaveAttribute('data-matches', 'OR');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('#toc-panel')).toBeHidden();
  await expect(page.locator('.figure-actions').first()).toBeHidden();
  const gate = page.locator('[data-widget="perceptron-gate"]').first();
  await expect(gate).toBeVisible();
  await expect(gate).toHaveAttribute('data-matches', 'OR');
  await expect(page.locator('[data-widget="xor-network"]')).toBeVisible();
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  expect(pdf.length).toBeGreaterThan(50_000);
});
