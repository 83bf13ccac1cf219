import { compile } from '@mdx-js/mdx';
import { describe, expect, it } from 'vitest';
import { rehypeSlideSections } from './rehypeSlideSections';

const html = async (source: string) =>
  String(
    await compile(source, { rehypePlugins: [rehypeSlideSections], outputFormat: 'function-body', development: false }),
  );

const slides = (code: string) => [...code.matchAll(/"data-slide": "(\d+)"/g)].map((m) => Number(m[1]));

describe('rehypeSlideSections', () => {
  it('cuts a chapter into slides at each ## heading, the lead being slide 1', async () => {
    const code = await html('Lead paragraph.\n\n## One\n\nText.\n\n### Sub\n\nMore.\n\n## Two\n\nEnd.\n');
    expect(slides(code)).toEqual([1, 2, 3]);
  });

  it('also cuts where the author puts <SlideBreak />, and removes the marker', async () => {
    const code = await html('Lead.\n\n## One\n\nPart A.\n\n<SlideBreak />\n\nPart B.\n');
    expect(slides(code)).toEqual([1, 2, 3]);
    expect(code).not.toContain('SlideBreak');
  });

  it('does not make an empty first slide when the chapter starts with a heading', async () => {
    const code = await html('## First\n\nText.\n');
    expect(slides(code)).toEqual([1]);
  });
});
