// Does a training step allocate? We watch the JavaScript heap across many steps: with no garbage
// collection in the window, heap growth / steps is the number of bytes each step allocated.
import { PerformanceObserver } from 'node:perf_hooks';
import type * as Engine from '../src/engine/index';
import type { Batch } from './stepBench';

/** Heap bytes allocated per call of step, averaged over `calls` calls (NaN if a GC hid the count). */
export async function bytesPerCall(step: () => void, calls = 2000): Promise<number> {
  for (let i = 0; i < 50; i++) step();
  let collections = 0;
  const observer = new PerformanceObserver((list) => (collections += list.getEntries().length));
  observer.observe({ entryTypes: ['gc'] });
  await new Promise((resolve) => setTimeout(resolve, 0));
  const before = process.memoryUsage().heapUsed;
  for (let i = 0; i < calls; i++) step();
  const after = process.memoryUsage().heapUsed;
  await new Promise((resolve) => setTimeout(resolve, 0));
  observer.disconnect();
  return collections > 0 ? NaN : Math.max(0, after - before) / calls;
}

/** Bytes allocated by one engine training step (TwoLayerNet.gradient + SGD.update). */
export function engineStepBytes(engine: typeof Engine, batch: Batch): Promise<number> {
  const n = batch.t.length / 10;
  const net = new engine.TwoLayerNet(784, 50, 10, { rng: engine.createRng(1) });
  const x = engine.tensor(batch.x, { shape: [n, 784] });
  const t = engine.tensor(batch.t, { shape: [n, 10] });
  const sgd = new engine.SGD(0.1);
  return bytesPerCall(() => sgd.update(net.params, net.gradient(x, t)));
}
