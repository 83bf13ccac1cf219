import { describe, expect, it } from 'vitest';
import { parseToWorker } from './parseToWorker';
import type { TrainConfig } from './protocol';
import { trainLimits } from './trainLimits';

const good: TrainConfig = {
  dataset: 'mnist',
  hidden: [128],
  activation: 'relu',
  optimizer: 'adam',
  learningRate: 0.001,
  batchSize: 32,
  epochs: 4,
  maxSteps: 0,
  weightInit: 'he',
  seed: 1,
  workers: 2,
};
const start = (config: unknown) => ({ type: 'train/start', config });
const withField = (key: string, value: unknown) => start({ ...good, [key]: value });
const without = (key: keyof TrainConfig) => start(Object.fromEntries(Object.entries(good).filter(([k]) => k !== key)));

/** The refusal text for a message, or a test failure if it was accepted. */
function refusal(data: unknown): string {
  const parsed = parseToWorker(data);
  if (parsed.ok) throw new Error(`accepted ${JSON.stringify(data)}`);
  return parsed.error;
}

describe('parseToWorker accepts', () => {
  it('every message of the protocol, as a copy with the same fields', () => {
    expect(parseToWorker(start(good))).toEqual({ ok: true, msg: start(good) });
    for (const type of ['train/pause', 'train/resume', 'train/stop'])
      expect(parseToWorker({ type })).toEqual({ ok: true, msg: { type } });
  });

  it('every limit itself, and softmax regression (no hidden layer)', () => {
    const { hiddenLayers, hiddenSize, learningRate, batchSize, epochs, maxSteps, seed, workers } = trainLimits;
    for (const end of ['min', 'max'] as const) {
      const config = {
        ...good,
        hidden: Array.from({ length: hiddenLayers[end] }, () => hiddenSize[end]),
        learningRate: learningRate[end],
        batchSize: batchSize[end],
        epochs: epochs[end],
        maxSteps: maxSteps[end],
        seed: seed[end],
        workers: workers[end],
      };
      expect(parseToWorker(start(config)).ok).toBe(true);
    }
  });
});

describe('parseToWorker refuses, saying which field and what it must be', () => {
  it.each([
    ['NaN', 'learningRate', Number.NaN, /config\.learningRate must be a number from 0\.0001 to 1000 \(got NaN\)/],
    ['+Infinity', 'learningRate', Infinity, /got Infinity/],
    ['−Infinity', 'epochs', -Infinity, /config\.epochs must be a whole number from 1 to 50 \(got -Infinity\)/],
    ['a negative number', 'seed', -1, /config\.seed must be a whole number from 0 to 9999 \(got -1\)/],
    ['a huge number', 'batchSize', 1e9, /config\.batchSize .* \(got 1000000000\)/],
    ['more workers than allowed', 'workers', 9, /config\.workers must be a whole number from 1 to 8 \(got 9\)/],
    ['no workers', 'workers', 0, /config\.workers must be a whole number from 1 to 8 \(got 0\)/],
    ['a fraction where a whole number belongs', 'maxSteps', 2.5, /config\.maxSteps must be a whole number/],
    ['a number as text', 'batchSize', '32', /config\.batchSize .* \(got text\)/],
    ['a learning rate below the limit', 'learningRate', 1e-5, /config\.learningRate/],
    ['an unknown optimizer', 'optimizer', 'rmsprop', /config\.optimizer must be one of sgd, momentum, adagrad, adam/],
    ['an unknown data set', 'dataset', 'cifar', /config\.dataset must be one of mnist, fashion/],
    ['null', 'activation', null, /config\.activation must be one of relu, sigmoid \(got null\)/],
    [
      'a weight init that is not a name',
      'weightInit',
      0.01,
      /config\.weightInit must be one of he, xavier, small \(got 0\.01\)/,
    ],
    [
      'too many hidden layers',
      'hidden',
      [8, 8, 8, 8],
      /config\.hidden must be a list of from 0 to 3 items \(got a list of 4\)/,
    ],
    [
      'a hidden layer that is too wide',
      'hidden',
      [100, 10_000],
      /config\.hidden\[1\] must be a whole number from 4 to 512/,
    ],
    ['a hidden size that is not a number', 'hidden', [[64]], /config\.hidden\[0\] .* \(got a list of 1\)/],
    [
      'hidden sizes as a typed array',
      'hidden',
      Int32Array.of(64),
      /config\.hidden must be a list .* \(got Int32Array of 1\)/,
    ],
  ])('%s', (_, key, value, message) => {
    expect(refusal(withField(key, value))).toMatch(message);
  });

  it('a missing field', () => {
    expect(refusal(without('seed'))).toMatch(/config\.seed is missing/);
    expect(refusal({ type: 'train/start' })).toMatch(/train\/start\.config is missing/);
  });

  it('extra junk, in the config or beside it', () => {
    expect(refusal(withField('debug', true))).toMatch(/config has 1 field it should not have/);
    expect(refusal({ type: 'train/pause', now: true })).toMatch(/train\/pause has 1 field it should not have/);
    expect(refusal({ ...start(good), x: 1, y: 2 })).toMatch(/2 fields/);
  });

  it('an unknown, missing or non-text message type', () => {
    expect(refusal({ type: 'train/explode' })).toMatch(/the message type must be one of train\/start, train\/pause/);
    expect(refusal({})).toMatch(/the message type .* \(got nothing\)/);
    expect(refusal({ type: 7 })).toMatch(/\(got 7\)/);
  });

  it('something that is not a message at all', () => {
    for (const data of [null, undefined, 42, 'train/start', [{ type: 'train/stop' }], new Uint8Array(4)]) {
      expect(refusal(data)).toMatch(/the message must be an object/);
    }
    expect(refusal(start([good]))).toMatch(/config must be an object \(got a list of 1\)/);
  });

  it('HTML in a text field, without repeating it', () => {
    const html = '<img src=x onerror="alert(1)">';
    for (const key of ['dataset', 'activation', 'optimizer', 'weightInit']) {
      const error = refusal(withField(key, html));
      expect(error).toMatch(new RegExp(`config\\.${key} must be one of .* \\(got text\\)`));
      expect(error).not.toMatch(/[<>"]/);
    }
    expect(refusal({ type: html })).not.toMatch(/[<>"]/);
    expect(refusal({ ...start(good), [html]: 1 })).not.toMatch(/[<>"]/);
  });

  it('with a sentence that says the trainer refused it', () => {
    expect(refusal(withField('epochs', 0))).toMatch(/^the trainer refused the message: config\.epochs must be/);
  });
});
