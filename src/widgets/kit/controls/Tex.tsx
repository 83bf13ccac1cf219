import katex from 'katex';
import { useMemo } from 'react';

/** A live formula: KaTeX renders `math` on each change; a typo shows in red instead of throwing. */
export function Tex({ math, display = false, className }: { math: string; display?: boolean; className?: string }) {
  const html = useMemo(
    () =>
      katex.renderToString(math, {
        throwOnError: false,
        displayMode: display,
        output: 'htmlAndMathml',
        strict: 'ignore',
      }),
    [math, display],
  );
  const Tag = display ? 'div' : 'span';
  return <Tag className={className ? `tex ${className}` : 'tex'} dangerouslySetInnerHTML={{ __html: html }} />;
}
