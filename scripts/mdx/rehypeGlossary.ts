import { glossary, spellings } from '../../src/widgets/glossary/glossaryData';

/** The slice of a hast/MDX node this plugin reads and writes. */
interface HastNode {
  type: string;
  tagName?: string;
  name?: string | null;
  value?: string;
  properties?: { className?: unknown };
  attributes?: { type: string; name: string; value: string }[];
  children?: HastNode[];
}

const SKIP_TAGS = new Set([
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'code',
  'pre',
  'a',
  'kbd',
  'script',
  'style',
  'svg',
  'math',
  'button',
  'figcaption',
]);
const DESCEND_JSX = new Set(['Note']);

function skipped(node: HastNode): boolean {
  if (node.type === 'element') {
    if (SKIP_TAGS.has(node.tagName ?? '')) return true;
    const cls = node.properties?.className;
    return Array.isArray(cls) && cls.some((c) => String(c).startsWith('katex'));
  }
  if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') return !DESCEND_JSX.has(node.name ?? '');
  return false;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One regex per term: English matches whole words, case-insensitively; Korean matches inside words (particles attach). */
function matchers(lang: 'ko' | 'en'): { id: string; re: RegExp }[] {
  return glossary.map((entry) => {
    const alternatives = spellings(entry, lang).map(escape).join('|');
    return {
      id: entry.id,
      re: lang === 'en' ? new RegExp(`\\b(?:${alternatives})\\b`, 'i') : new RegExp(`(?:${alternatives})`),
    };
  });
}

/** The earliest (then longest) match of any term still waiting for its first use. */
function firstMatch(text: string, pending: { id: string; re: RegExp }[]) {
  let best: { id: string; index: number; length: number } | undefined;
  for (const m of pending) {
    const found = m.re.exec(text);
    if (!found) continue;
    if (!best || found.index < best.index || (found.index === best.index && found[0].length > best.length)) {
      best = { id: m.id, index: found.index, length: found[0].length };
    }
  }
  return best;
}

/**
 * Rehype plugin: wraps the first use of each glossary term in a chapter (in the chapter's language,
 * taken from its path chapters/<lang>/…) in `<GlossaryTerm term="id">`, which shows both languages'
 * terms and a definition. Headings, code, links, math and widgets are left alone.
 */
export function rehypeGlossary() {
  return (tree: HastNode, file: { path?: string }) => {
    const lang = /chapters\/(ko|en)\//.exec(file.path ?? '')?.[1] as 'ko' | 'en' | undefined;
    if (!lang) return;
    let pending = matchers(lang);
    const visit = (node: HastNode) => {
      if (!node.children || pending.length === 0) return;
      const out: HastNode[] = [];
      for (const child of node.children) {
        if (child.type !== 'text' || pending.length === 0) {
          if (!skipped(child)) visit(child);
          out.push(child);
          continue;
        }
        let rest = child.value ?? '';
        for (let hit = firstMatch(rest, pending); hit; hit = firstMatch(rest, pending)) {
          const { id, index, length } = hit;
          if (index > 0) out.push({ type: 'text', value: rest.slice(0, index) });
          out.push({
            type: 'mdxJsxTextElement',
            name: 'GlossaryTerm',
            attributes: [{ type: 'mdxJsxAttribute', name: 'term', value: id }],
            children: [{ type: 'text', value: rest.slice(index, index + length) }],
          });
          rest = rest.slice(index + length);
          pending = pending.filter((p) => p.id !== id);
        }
        if (rest) out.push({ type: 'text', value: rest });
      }
      node.children = out;
    };
    visit(tree);
  };
}
