// A helper of data-parallel training: holds its own WasmMlp with the training set resident, then waits
// on the shared control word for each step, computes its slice's gradient on the published weights,
// and reports it (GradientShare). It only ever talks to the trainer worker that made it.
import { WasmMlp, type WasmKernels } from '../engine';
import { computeSlice, DONE, GEN, GradientShare, STOP } from './gradientShare';
import type { HelperSetup } from './gradientTeam';

const scope = self as unknown as { postMessage(msg: unknown): void; onmessage: ((e: MessageEvent) => void) | null };

/** The setup comes from our own trainer worker; still, nothing is used before its shape is checked. */
function checked(v: unknown): HelperSetup {
  const s = v as Partial<HelperSetup> | null;
  const ok =
    !!s &&
    s.buffer instanceof SharedArrayBuffer &&
    s.module instanceof WebAssembly.Module &&
    Number.isInteger(s.index) &&
    Number.isInteger(s.workers) &&
    Number.isInteger(s.batch) &&
    Number.isInteger(s.paramCount) &&
    Array.isArray(s.sizes) &&
    !!s.train &&
    s.train.images instanceof Uint8Array;
  if (!ok) throw new Error('gradient helper: malformed setup');
  return s as HelperSetup;
}

scope.onmessage = (e: MessageEvent) => {
  scope.onmessage = null; // one setup per helper
  let share: GradientShare;
  let net: WasmMlp;
  let index: number;
  try {
    const setup = checked(e.data);
    const kernels: WasmKernels = { flavour: setup.flavour, module: setup.module };
    const zeros = setup.sizes
      .slice(1)
      .flatMap((s, l) => [new Float32Array((setup.sizes[l] ?? 0) * s), new Float32Array(s)]);
    net = new WasmMlp(kernels, setup.sizes, setup.activation, setup.batch, zeros, { train: setup.train });
    share = new GradientShare(setup.buffer, setup.workers, setup.batch, setup.paramCount);
    index = setup.index;
    scope.postMessage({ type: 'ready' });
  } catch (err) {
    scope.postMessage({ type: 'error', message: err instanceof Error ? err.message : String(err) });
    return;
  }
  // From here on this thread only waits and computes; the trainer terminates it when the run ends.
  let seen = Atomics.load(share.ctrl, GEN);
  for (;;) {
    Atomics.wait(share.ctrl, GEN, seen);
    seen = Atomics.load(share.ctrl, GEN);
    if (Atomics.load(share.ctrl, STOP) !== 0) return;
    computeSlice(net, share, index);
    Atomics.add(share.ctrl, DONE, 1);
    Atomics.notify(share.ctrl, DONE);
  }
};
