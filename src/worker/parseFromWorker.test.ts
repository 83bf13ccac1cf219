import { describe, expect, it } from 'vitest';
import { parseFromWorker } from './parseFromWorker';
import type { FromWorker } from './protocol';

const sizes = [784, 4, 10];
const model = () => ({
  sizes,
  activation: 'relu',
  dataset: 'mnist',
  params: [new Float32Array(784 * 4), new Float32Array(4), new Float32Array(4 * 10), new Float32Array(10)],
  testAccuracy: 0.9,
});
const results = (wrong = 2) => ({
  confusion: new Int32Array(100),
  wrongPixels: new Uint8Array(wrong * 784),
  wrongPredicted: new Uint8Array(wrong).fill(3),
  wrongLabels: new Uint8Array(wrong).fill(5),
});
const classes = Array.from({ length: 10 }, (_, i) => String(i));
const valid: FromWorker[] = [
  { type: 'data/progress', loaded: 10, total: 100 },
  {
    type: 'train/started',
    totalSteps: 100,
    stepsPerEpoch: 10,
    classes,
    backend: 'wasm-relaxed',
    backendNote: '',
    workers: 2,
  },
  { type: 'train/progress', step: 3, losses: Float32Array.of(2.3, 2.1), samplesPerSec: 5000, elapsedMs: 250 },
  { type: 'train/epoch', epoch: 1, step: 10, trainAcc: 0.5, testAcc: 0.25 },
  { type: 'train/paused' },
  { type: 'train/resumed' },
  { type: 'train/done', stopped: false, model: model() as never, results: results() },
  { type: 'train/diverged', step: 7, loss: Number.NaN },
  { type: 'train/error', message: 'data file missing' },
  {
    type: 'train/started',
    totalSteps: 5,
    stepsPerEpoch: 5,
    classes,
    backend: 'js',
    backendNote: 'simd: no',
    workers: 1,
  },
];

function refusal(data: unknown): string {
  const parsed = parseFromWorker(data);
  if (parsed.ok) throw new Error(`accepted ${String(data)}`);
  return parsed.error;
}
const done = (patch: { model?: object; results?: object }) => ({
  type: 'train/done',
  stopped: true,
  model: model(),
  results: results(),
  ...patch,
});

describe('parseFromWorker', () => {
  it('accepts every message the worker sends, as it was sent', () => {
    for (const msg of valid) expect(parseFromWorker(msg)).toEqual({ ok: true, msg });
  });

  it('refuses numbers that are NaN, infinite, negative or out of range', () => {
    expect(refusal({ type: 'data/progress', loaded: Number.NaN, total: 1 })).toMatch(
      /loaded must be a whole number .* \(got NaN\)/,
    );
    expect(refusal({ ...valid[2], samplesPerSec: Infinity })).toMatch(/samplesPerSec .* \(got Infinity\)/);
    expect(refusal({ ...valid[3], step: -1 })).toMatch(/step .* \(got -1\)/);
    expect(refusal({ ...valid[3], testAcc: 1.5 })).toMatch(/testAcc must be a number from 0 to 1 \(got 1\.5\)/);
    expect(refusal({ ...valid[1], stepsPerEpoch: 0 })).toMatch(/stepsPerEpoch/);
  });

  it('refuses wrong types, missing fields, extra junk and unknown types', () => {
    expect(refusal({ ...valid[3], epoch: '1' })).toMatch(/epoch .* \(got text\)/);
    expect(refusal({ type: 'train/epoch', epoch: 1, step: 1, trainAcc: 0.5 })).toMatch(
      /train\/epoch\.testAcc is missing/,
    );
    expect(refusal({ type: 'train/paused', extra: 1 })).toMatch(/train\/paused has 1 field it should not have/);
    expect(refusal({ type: 'train/teleported' })).toMatch(/the message type must be one of/);
    expect(refusal(null)).toMatch(/the message must be an object/);
    expect(refusal({ type: 'train/diverged', step: 1, loss: '∞' })).toMatch(/loss must be a number/);
    expect(refusal({ ...valid[6], stopped: 'no' })).toMatch(/stopped must be true or false/);
  });

  it('refuses a backend it does not know, or a note that is not text', () => {
    expect(refusal({ ...valid[1], backend: 'webgpu' })).toMatch(/backend must be one of wasm-relaxed, wasm-simd, js/);
    expect(refusal({ ...valid[1], backendNote: 3 })).toMatch(/backendNote must be text/);
    expect(refusal({ ...valid[1], workers: 0 })).toMatch(/workers must be a whole number from 1 to 8/);
    const { backend: _omitted, ...noBackend } = valid[1] as Extract<FromWorker, { type: 'train/started' }>;
    expect(refusal(noBackend)).toMatch(/train\/started\.backend is missing/);
  });

  it('refuses text that is too long, and does not repeat HTML it was sent', () => {
    expect(refusal({ type: 'train/error', message: 'x'.repeat(5000) })).toMatch(/message must be text of at most 2000/);
    const error = refusal({ ...valid[1], classes: [...classes.slice(1), { html: '<b>' }] });
    expect(error).toMatch(/classes\[9\] must be text/);
    expect(refusal({ type: '<script>alert(1)</script>' })).not.toMatch(/[<>]/);
    expect(refusal({ ...valid[1], classes: classes.slice(1) })).toMatch(
      /classes must be a list of from 10 to 10 items/,
    );
  });

  it('refuses buffers of the wrong kind or length', () => {
    expect(refusal({ ...valid[2], losses: [2.3] })).toMatch(/losses must be a Float32Array \(got a list of 1\)/);
    expect(refusal(done({ results: { ...results(), confusion: new Int32Array(99) } }))).toMatch(
      /results\.confusion must be an Int32Array of 100 \(got Int32Array of 99\)/,
    );
    expect(refusal(done({ results: { ...results(2), wrongPixels: new Uint8Array(784) } }))).toMatch(
      /results\.wrongPixels must be a Uint8Array of 1568/,
    );
    expect(refusal(done({ results: { ...results(2), wrongPredicted: new Uint8Array(3) } }))).toMatch(
      /results\.wrongPredicted .* of 2/,
    );
    expect(refusal(done({ results: { ...results(1), wrongLabels: Uint8Array.of(12) } }))).toMatch(
      /results\.wrongLabels\[0\] .* from 0 to 9/,
    );
    const params = model().params;
    params[2] = new Float32Array(41);
    expect(refusal(done({ model: { ...model(), params } }))).toMatch(
      /model\.params\[2\] must be a Float32Array of 40 \(got Float32Array of 41\)/,
    );
    expect(refusal(done({ model: { ...model(), params: params.slice(0, 3) } }))).toMatch(
      /model\.params must be a list of from 4 to 4 items/,
    );
    expect(refusal(done({ model: { ...model(), params: model().params.map((p) => Float64Array.from(p)) } }))).toMatch(
      /must be a Float32Array/,
    );
  });

  it('refuses a model that does not take 784 pixels to 10 classes, or has an unknown activation', () => {
    expect(refusal(done({ model: { ...model(), sizes: [100, 4, 10] } }))).toMatch(
      /model\.sizes\[0\] must be a whole number from 784 to 784/,
    );
    expect(refusal(done({ model: { ...model(), sizes: [784, 4, 9] } }))).toMatch(/model\.sizes\[2\]/);
    expect(refusal(done({ model: { ...model(), activation: 'gelu' } }))).toMatch(
      /model\.activation must be one of relu, sigmoid/,
    );
    expect(refusal(done({ model: { ...model(), testAccuracy: Number.NaN } }))).toMatch(/model\.testAccuracy/);
  });
});
