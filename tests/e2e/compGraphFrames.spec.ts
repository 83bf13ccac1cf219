import { expect, slider, test } from './fixtures';
import { expectNode, openGraph } from './graphHelpers';

// Speed belongs in `npm run bench`; this drag checks what a reader sees while dragging: every rendered state of the
// graph is consistent (price = apple × 2 × 1.1 on the same frame as the slider's value), and the drag moves it.
test('dragging the apple slider updates the graph on every move, and every state it shows is consistent', async ({
  page,
}) => {
  const widget = await openGraph(page, '/en/computational-graph', 'problem-1');
  const apple = slider(widget, 'apple');
  const bb = await apple.range.boundingBox();
  if (!bb) throw new Error('no range');
  const y = bb.y + bb.height / 2;
  await page.mouse.move(bb.x + 10, y);
  await page.mouse.down();
  const seen: { apple: number; price: number }[] = [];
  const moves = 24;
  for (let i = 0; i <= moves; i++) {
    await page.mouse.move(bb.x + 10 + (i / moves) * (bb.width - 20), y);
    // Both attributes in one read, so they come from the same committed render.
    seen.push(
      await widget.evaluate((root) => ({
        apple: Number(root.querySelector('[data-var="apple"]')?.getAttribute('data-value')),
        price: Number(root.querySelector('[data-node="price"]')?.getAttribute('data-value')),
      })),
    );
  }
  await page.mouse.up();
  for (const s of seen) expect(s.price, `price for apple = ${s.apple}`).toBeCloseTo(s.apple * 2 * 1.1, 9);
  // The drag went somewhere: the slider took many values, rising from start to end.
  expect(new Set(seen.map((s) => s.apple)).size).toBeGreaterThanOrEqual(moves / 2);
  expect(seen.at(-1)?.apple ?? 0).toBeGreaterThan(seen[0]?.apple ?? 0);
  await expectNode(widget, 'price', (await apple.value()) * 2 * 1.1, 1);
});
