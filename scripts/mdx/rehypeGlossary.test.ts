import { compile } from '@mdx-js/mdx';
import rehypeKatex from 'rehype-katex';
import remarkMath from 'remark-math';
import { describe, expect, it } from 'vitest';
import { rehypeGlossary } from './rehypeGlossary';

const build = async (source: string, path: string) =>
  String(
    await compile(
      { value: source, path },
      { remarkPlugins: [remarkMath], rehypePlugins: [rehypeKatex, rehypeGlossary] },
    ),
  );

const terms = (code: string) => [...code.matchAll(/term: "([a-z-]+)"/g)].map((m) => m[1]);

describe('rehypeGlossary', () => {
  it('marks only the first use of each term in an English chapter, whole words, any case', async () => {
    const code = await build(
      'A Perceptron has a bias. Another perceptron, another bias. Biases differ.\n',
      'chapters/en/x.mdx',
    );
    expect(terms(code)).toEqual(['perceptron', 'bias']);
  });

  it('prefers the longest term at the same place ("loss function" over "loss")', async () => {
    const code = await build('The loss function measures loss.\n', 'chapters/en/x.mdx');
    expect(terms(code)).toEqual(['loss-function']);
  });

  it('finds Korean terms with particles attached', async () => {
    const code = await build('역전파는 기울기를 구합니다. 역전파를 다시 씁니다.\n', 'chapters/ko/x.mdx');
    expect(terms(code)).toEqual(['backpropagation', 'gradient']);
  });

  it('leaves headings, code, links and math alone', async () => {
    const code = await build(
      '## The gradient\n\n`gradient` and [gradient](/x) and $\\text{gradient}$, then gradient.\n',
      'chapters/en/x.mdx',
    );
    expect(terms(code)).toEqual(['gradient']);
    expect(code).toMatch(/, then "/);
  });

  it('does nothing outside chapters/<lang>/', async () => {
    expect(terms(await build('A perceptron.\n', 'notes/x.mdx'))).toEqual([]);
  });
});
