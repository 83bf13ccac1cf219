import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * The subset regular file measured 70,140 bytes (893 characters, 705 of them Hangul syllables). The budget leaves
 * room for about a hundred new syllables; past it, the font grows with the text and someone should look.
 */
const REGULAR_BUDGET_BYTES = 80_000;
const BOLD_BUDGET_BYTES = 80_000;
const fontFile = /\/fonts\/pretendard-(400|700)\.woff2$/;

/** The faces Chromium really drew the text of `selector` with (not what CSS asks for): family and PostScript name. */
async function platformFonts(page: Page, selector: string): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  await cdp.detach();
  return fonts.map((f) => `${f.familyName}/${f.postScriptName}${f.isCustomFont ? '' : ' (system)'}`);
}

test('Korean prose is set in the self-hosted Pretendard, served by the book itself and within its byte budget', async ({
  page,
  baseURL,
}) => {
  const fontResponses = new Map<string, Promise<number>>();
  page.on('response', (res) => {
    if (fontFile.test(new URL(res.url()).pathname))
      fontResponses.set(
        res.url(),
        res.body().then((b) => b.length),
      );
  });
  await page.goto('/ko/perceptron');
  const prose = page.locator('.prose p').first();
  await expect(prose).toBeVisible();
  expect(await prose.evaluate((el) => getComputedStyle(el).fontFamily)).toMatch(/^"?Pretendard"?,/);

  const fonts = await page.evaluate(async () => {
    await document.fonts.ready;
    return {
      check: document.fonts.check('16px Pretendard', '퍼셉트론'),
      checkBold: document.fonts.check('bold 16px Pretendard', '퍼셉트론'),
      // check() is also true for a family with no @font-face at all, so the loaded faces are read too.
      faces: [...document.fonts]
        .filter((f) => f.family.replace(/"/g, '') === 'Pretendard')
        .map((f) => `${f.weight} ${f.status}`),
    };
  });
  expect(fonts.check).toBe(true);
  expect(fonts.checkBold).toBe(true);
  expect(fonts.faces.sort()).toEqual(['400 loaded', '700 loaded']);

  // The glyphs on screen come from the web font, not from a Korean system font that happens to be installed.
  expect(await platformFonts(page, '.prose p')).toEqual(['Pretendard/Pretendard-Regular']);
  expect(await platformFonts(page, 'main h1')).toEqual(['Pretendard/Pretendard-Bold']);

  // Every font request went to the page's own origin (the fixture also aborts and fails any that leaves it).
  const origin = new URL(baseURL ?? '').origin;
  const urls = [...fontResponses.keys()];
  expect(urls.length).toBeGreaterThanOrEqual(2);
  for (const url of urls) expect(new URL(url).origin).toBe(origin);
  const sizeOf = async (weight: string) => {
    const url = urls.find((u) => u.endsWith(`pretendard-${weight}.woff2`));
    expect(url, `the page requested the ${weight} file`).toBeTruthy();
    return fontResponses.get(url ?? '') ?? Promise.resolve(Infinity);
  };
  const regular = await sizeOf('400');
  const bold = await sizeOf('700');
  expect(regular).toBeGreaterThan(20_000);
  expect(regular).toBeLessThan(REGULAR_BUDGET_BYTES);
  expect(bold).toBeLessThan(BOLD_BUDGET_BYTES);
});

test('English prose uses the same font, its Latin half', async ({ page }) => {
  await page.goto('/en/perceptron');
  await expect(page.locator('.prose p').first()).toBeVisible();
  await page.evaluate(() => document.fonts.ready);
  expect(await platformFonts(page, '.prose p')).toEqual(['Pretendard/Pretendard-Regular']);
  // The language switch reads 한국어로 읽기 on an English page: its Hangul comes from the same subset.
  const toKorean = '[data-lang-switch="ko"] .lang-switch-long';
  await expect(page.locator(toKorean)).toHaveText('한국어로 읽기');
  expect(await platformFonts(page, toKorean)).toEqual(['Pretendard/Pretendard-Regular']);
});

test('KaTeX keeps its own fonts; only Hangul inside \\text{} is drawn in Pretendard', async ({ page }) => {
  await page.goto('/ko/loss-functions');
  const hangul = page.locator('.katex .hangul_fallback').first();
  await hangul.scrollIntoViewIfNeeded();
  await page.evaluate(() => document.fonts.ready);
  const text = await hangul.evaluate((el) => {
    el.setAttribute('data-font-probe', '1');
    return el.textContent;
  });
  expect(text).toMatch(/[가-힣]/);
  expect(await platformFonts(page, '[data-font-probe]')).toEqual(['Pretendard/Pretendard-Regular']);
  expect(await platformFonts(page, '.katex .mathnormal')).toEqual(['KaTeX_Math/KaTeX_Math-Italic']);
});

test.describe('offline', () => {
  test.use({ serviceWorkers: 'allow' });

  test('after one visit the font comes from the precache: a chapter never opened reads the same offline', async ({
    page,
    context,
  }) => {
    await page.goto('/ko/perceptron');
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.reload();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await context.setOffline(true);
    try {
      await page.goto('/ko/activation-functions');
      await expect(page.locator('.prose p').first()).toBeVisible();
      const faces = await page.evaluate(async () => {
        await document.fonts.ready;
        return [...document.fonts].filter((f) => f.family.replace(/"/g, '') === 'Pretendard').map((f) => f.status);
      });
      expect(faces).toEqual(['loaded', 'loaded']);
      expect(await platformFonts(page, '.prose p')).toEqual(['Pretendard/Pretendard-Regular']);
    } finally {
      await context.setOffline(false);
    }
  });
});
