import { compile } from '@mdx-js/mdx';
import { describe, expect, it } from 'vitest';
import { remarkWidgetTags } from './remarkWidgetTags';

const build = (source: string) =>
  compile({ value: source, path: 'chapters/en/demo.mdx' }, { remarkPlugins: [remarkWidgetTags] });

describe('remarkWidgetTags', () => {
  it('lets known widget tags, prose tags and lowercase HTML through', async () => {
    await expect(
      build('Text\n\n<PerceptronGate preset="OR" />\n\n<Note title="x">hi</Note>\n\n<span>ok</span>\n'),
    ).resolves.toBeDefined();
  });

  it('fails with the file, line and column of an unknown tag', async () => {
    await expect(build('# Title\n\nSome text.\n\n<NoSuchWidget />\n')).rejects.toThrow(
      /chapters\/en\/demo\.mdx:5:1: unknown widget tag <NoSuchWidget>/,
    );
  });

  it('fails on an import, because chapters import nothing', async () => {
    await expect(build("import X from './x'\n\n<X />\n")).rejects.toThrow(/chapters import nothing/);
  });

  it('refuses two uses of a widget that would share one URL-state scope, unless they carry distinct ids', async () => {
    await expect(build('<PerceptronGate />\n\n<PerceptronGate preset="OR" />\n')).rejects.toThrow(
      /demo\.mdx:3: a second widget with state scope "perceptron-gate"/,
    );
    await expect(
      build('<PerceptronGate />\n\n<PerceptronGate id="xor-attempt" preset="OR" />\n'),
    ).resolves.toBeDefined();
  });

  it('checks that EngineSource names a real engine file', async () => {
    await expect(build('<EngineSource path="layers/mulLayer.ts" symbol="MulLayer" />\n')).resolves.toBeDefined();
    await expect(build('<EngineSource path="layers/nope.ts" />\n')).rejects.toThrow(
      /demo\.mdx:1: <EngineSource path="layers\/nope\.ts"> names no file/,
    );
    await expect(build('<EngineSource path="../../package.json" />\n')).rejects.toThrow(/names no file/);
  });

  it('finds unknown tags nested inside other elements', async () => {
    await expect(build('<Note>\n\nInside <Mystery /> text\n\n</Note>\n')).rejects.toThrow(/<Mystery>/);
  });
});
