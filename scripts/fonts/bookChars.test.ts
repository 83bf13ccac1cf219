import { describe, expect, it } from 'vitest';
import { PRINTABLE_ASCII, RUNTIME_CHARS, bookSourceFiles, charsOf, collectBookChars, readBookChars } from './bookChars';

const root = process.cwd();

describe('charsOf', () => {
  it('keeps every character of prose but the control characters', () => {
    expect(charsOf('퍼셉트론\n(perceptron)\t', false)).toEqual(new Set('퍼셉트론(perceptron)'));
  });

  it('reads a \\u escape in code as the character it stands for', () => {
    const chars = charsOf("text.replace(/\\u2212/g, '-'); const e = '\\u{1F4D6}';", true);
    expect(chars.has('\u2212')).toBe(true);
    expect(chars.has('📖')).toBe(true);
  });

  it('leaves escapes alone in prose, and never adds a lone surrogate or a control character', () => {
    expect(charsOf('\\u2212', false).has('\u2212')).toBe(false);
    const code = charsOf("'\\ud83d' '\\u000a'", true);
    expect(code.has('\ud83d')).toBe(false);
    expect(code.has('\n')).toBe(false);
  });

  it('counts a character outside the BMP once, as one code point', () => {
    expect([...charsOf('📖📖', false)]).toEqual(['📖']);
  });
});

describe('collectBookChars', () => {
  it('always holds printable ASCII and the characters made at run time, sorted by code point, without repeats', () => {
    const chars = [...collectBookChars([{ text: '가나 가', code: false }])];
    for (const c of [...PRINTABLE_ASCII, ...RUNTIME_CHARS, '가', '나']) expect(chars).toContain(c);
    const points = chars.map((c) => c.codePointAt(0) ?? 0);
    expect(points).toEqual([...points].sort((a, b) => a - b));
    expect(new Set(chars).size).toBe(chars.length);
  });

  it('gives the same string whatever order the files come in', () => {
    const a = { text: '역전파', code: false };
    const b = { text: "{ ko: '초기화', en: 'Reset' }", code: true };
    expect(collectBookChars([a, b])).toBe(collectBookChars([b, a]));
  });
});

describe('the book', () => {
  it('reads the chapters, the contents, the glossary, the app and widget code and the page shell, not tests', () => {
    const paths = bookSourceFiles(root).map((f) => f.path.slice(root.length + 1));
    const expected = ['chapters/ko/perceptron.mdx', 'chapters/toc.json', 'chapters/glossary.json', 'index.html'];
    expect(paths).toEqual(expect.arrayContaining([...expected, 'src/book/strings.ts']));
    expect(paths.some((p) => p.startsWith('src/widgets/') && p.endsWith('.tsx'))).toBe(true);
    expect(paths.filter((p) => /\.test\.tsx?$/.test(p))).toEqual([]);
  });

  it('covers the words a Korean reader sees first: the title, the chapter names and the UI', () => {
    const chars = new Set(readBookChars(root));
    for (const word of ['퍼셉트론과 논리 게이트', '활성화 함수', '용어집', '밑바닥부터 배우는 신경망']) {
      for (const c of word) expect(chars.has(c), `${c} of ${word}`).toBe(true);
    }
  });
});
