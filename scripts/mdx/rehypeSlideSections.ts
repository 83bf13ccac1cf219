/** The slice of a hast/MDX node this plugin reads and writes. */
interface HastNode {
  type: string;
  tagName?: string;
  name?: string | null;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

const isBreak = (node: HastNode) =>
  (node.type === 'element' && node.tagName === 'h2') ||
  ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'SlideBreak');

const isSlideBreakTag = (node: HastNode) => node.type === 'mdxJsxFlowElement' && node.name === 'SlideBreak';

/**
 * Rehype plugin: groups a chapter's top-level content into `<section class="slide-section" data-slide="n">`
 * (1-based), starting a new one at every `##` heading and at every `<SlideBreak />` (which is removed).
 * Reading mode shows all sections; slide mode shows one. ESM nodes stay at the top level.
 */
export function rehypeSlideSections() {
  return (tree: HastNode) => {
    const top: HastNode[] = [];
    const sections: HastNode[][] = [[]];
    for (const child of tree.children ?? []) {
      if (child.type === 'mdxjsEsm') {
        top.push(child);
        continue;
      }
      const current = sections[sections.length - 1] ?? [];
      const hasContent = current.some(
        (n) => !(n.type === 'text' && !String((n as { value?: string }).value ?? '').trim()),
      );
      if (isBreak(child) && hasContent) sections.push([]);
      if (!isSlideBreakTag(child)) sections[sections.length - 1]?.push(child);
    }
    tree.children = [
      ...top,
      ...sections.map((children, i) => ({
        type: 'element',
        tagName: 'section',
        properties: { className: ['slide-section'], dataSlide: String(i + 1) },
        children,
      })),
    ];
  };
}
