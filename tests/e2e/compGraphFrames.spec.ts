import { expect, slider, test } from './fixtures';
import { expectNode, openGraph } from './graphHelpers';

// Measures (does not assert) the longest frame while a slider is dragged for 5 seconds on the apple example.
// The number is printed and attached to the report; the test checks only that the graph ends on the right numbers.
test('a 5-second drag on the apple slider: measure the longest frame, end on the engine numbers', async ({ page }, testInfo) => {
  const widget = await openGraph(page, '/en/computational-graph', 'problem-1');
  await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __loaf: number[]; __work: number[]; __stop: boolean };
    w.__frames = [];
    w.__loaf = [];
    w.__work = [];
    w.__stop = false;
    // Event Timing: how long the page's own handler (React update + engine + graph) ran for each input event.
    try {
      new PerformanceObserver((list) => list.getEntries().forEach((e) => {
        const t = e as PerformanceEventTiming;
        if (t.name === 'input' || t.name === 'pointermove') w.__work.push(t.processingEnd - t.processingStart);
      })).observe({ type: 'event', durationThreshold: 16, buffered: false } as PerformanceObserverInit);
    } catch {
      // No Event Timing: the frame deltas below still measure.
    }
    try {
      new PerformanceObserver((list) => list.getEntries().forEach((e) => w.__loaf.push(e.duration))).observe({ type: 'long-animation-frame', buffered: false });
    } catch {
      // Older engines have no long-animation-frame entries; the rAF deltas still measure.
    }
    let last = performance.now();
    const tick = (now: number) => {
      w.__frames.push(now - last);
      last = now;
      if (!w.__stop) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  const range = slider(widget, 'apple').range;
  const bb = await range.boundingBox();
  if (!bb) throw new Error('no range');
  const y = bb.y + bb.height / 2;
  await page.mouse.move(bb.x + 10, y);
  await page.mouse.down();
  const start = Date.now();
  let i = 0;
  while (Date.now() - start < 5000) {
    const f = (Math.sin(i / 12) + 1) / 2;
    await page.mouse.move(bb.x + 10 + f * (bb.width - 20), y);
    i++;
  }
  await page.mouse.up();
  const result = await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __loaf: number[]; __work: number[]; __stop: boolean };
    w.__stop = true;
    const frames = w.__frames.slice(1);
    const sorted = [...frames].sort((a, b) => a - b);
    return {
      longestFrame: Math.max(...frames), medianFrame: sorted[Math.floor(sorted.length / 2)] ?? 0, frames: frames.length,
      longestLoaf: Math.max(0, ...w.__loaf), loafCount: w.__loaf.length, longestHandler: Math.max(0, ...w.__work), slowHandlers: w.__work.length,
    };
  });
  const line = `comp-graph drag: ${i} moves, ${result.frames} frames, longest rAF frame ${result.longestFrame.toFixed(1)} ms (median ${result.medianFrame.toFixed(1)} ms), longest long-animation-frame ${result.longestLoaf.toFixed(1)} ms (${result.loafCount} over 50 ms), longest input handler ${result.longestHandler.toFixed(1)} ms (${result.slowHandlers} input events over 16 ms)`;
  console.log(line);
  testInfo.annotations.push({ type: 'measurement', description: line });
  await testInfo.attach('frames.json', { body: JSON.stringify({ moves: i, ...result }), contentType: 'application/json' });
  const apple = await slider(widget, 'apple').value();
  await expectNode(widget, 'price', apple * 2 * 1.1, 1);
  expect(i).toBeGreaterThan(10);
});
