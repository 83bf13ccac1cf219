import { describe, expect, it } from 'vitest';
import { parseRoute, pathInLang } from './route';
import { chapters, neighbours } from './toc';
import { fill } from './strings';

describe('parseRoute', () => {
  it('reads the root, a language home and a chapter', () => {
    expect(parseRoute('/')).toEqual({ kind: 'root' });
    expect(parseRoute('/ko')).toEqual({ kind: 'home', lang: 'ko' });
    expect(parseRoute('/en/')).toEqual({ kind: 'home', lang: 'en' });
    expect(parseRoute('/en/perceptron')).toEqual({ kind: 'chapter', lang: 'en', slug: 'perceptron' });
    expect(parseRoute('/ko/mnist/')).toEqual({ kind: 'chapter', lang: 'ko', slug: 'mnist' });
  });

  it('reads the glossary route in both languages', () => {
    expect(parseRoute('/ko/glossary')).toEqual({ kind: 'glossary', lang: 'ko' });
    expect(pathInLang({ kind: 'glossary', lang: 'ko' }, 'en')).toBe('/en/glossary');
  });

  it('reads slide routes with a 1-based slide number', () => {
    expect(parseRoute('/ko/perceptron/slides/3')).toEqual({ kind: 'slides', lang: 'ko', slug: 'perceptron', slide: 3 });
    expect(parseRoute('/en/perceptron/slides/0')).toMatchObject({ kind: 'notFound' });
    expect(parseRoute('/en/perceptron/slides/abc')).toMatchObject({ kind: 'notFound' });
    expect(parseRoute('/en/perceptron/slides/99999')).toMatchObject({ kind: 'notFound' });
    expect(parseRoute('/en/nope/slides/1')).toMatchObject({ kind: 'notFound' });
    expect(pathInLang({ kind: 'slides', lang: 'en', slug: 'layers', slide: 4 }, 'ko')).toBe('/ko/layers/slides/4');
  });

  it('sends unknown slugs, extra segments and unknown languages to a 404 in the best language', () => {
    expect(parseRoute('/en/nope')).toEqual({ kind: 'notFound', lang: 'en', path: '/en/nope' });
    expect(parseRoute('/ko/perceptron/extra')).toMatchObject({ kind: 'notFound', lang: 'ko' });
    expect(parseRoute('/fr/perceptron', 'ko')).toMatchObject({ kind: 'notFound', lang: 'ko' });
  });

  it('maps a chapter to the same chapter in the other language', () => {
    expect(pathInLang({ kind: 'chapter', lang: 'en', slug: 'layers' }, 'ko')).toBe('/ko/layers');
    expect(pathInLang({ kind: 'notFound', lang: 'en', path: '/x' }, 'ko')).toBe('/ko');
  });
});

describe('the table of contents', () => {
  it('holds the ten chapters in the book order, numbered from 1', () => {
    expect(chapters.map((c) => c.slug)).toEqual([
      'perceptron',
      'activation-functions',
      'forward-pass',
      'loss-functions',
      'gradient-descent',
      'computational-graph',
      'backpropagation',
      'layers',
      'training',
      'mnist',
    ]);
    expect(chapters.map((c) => c.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    for (const c of chapters) expect(c.title.ko.length * c.title.en.length).toBeGreaterThan(0);
  });

  it('gives no previous link to the first chapter and no next link to the last', () => {
    expect(neighbours('perceptron').prev).toBeUndefined();
    expect(neighbours('perceptron').next?.slug).toBe('activation-functions');
    expect(neighbours('mnist').next).toBeUndefined();
  });

  it('fills placeholders and leaves unknown ones alone', () => {
    expect(fill('Chapter {n} of {total}', { n: 3 })).toBe('Chapter 3 of {total}');
  });
});
