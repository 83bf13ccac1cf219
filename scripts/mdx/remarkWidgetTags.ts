import { existsSync } from 'node:fs';
import { kebabName, proseTags, widgetTags } from '../../src/widgets/tags';

const known = new Set<string>([...widgetTags, ...proseTags]);

/** The slice of an mdast/MDX node this check reads. */
interface JsxNode {
  type: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  position?: { start: { line: number; column: number } };
  children?: JsxNode[];
}

type Root = JsxNode;

/** Visits every node depth-first, without recursion. */
function walk(tree: Root, fn: (node: JsxNode) => void): void {
  const stack: JsxNode[] = [tree];
  for (let node = stack.pop(); node; node = stack.pop()) {
    fn(node);
    if (node.children) stack.push(...[...node.children].reverse());
  }
}

interface FileLike {
  path: string;
}

/** Names every JSX tag a chapter uses that the registry does not provide. Lowercase tags are plain HTML. */
export function unknownTags(tree: Root): { name: string; line: number; column: number }[] {
  const found: { name: string; line: number; column: number }[] = [];
  walk(tree, (node) => {
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
    const name = node.name;
    if (!name || /^[a-z]/.test(name) || known.has(name)) return;
    const start = node.position?.start ?? { line: 0, column: 0 };
    found.push({ name, line: start.line, column: start.column });
  });
  return found;
}

/** The URL-state scope of each widget use: its `id` attribute, or its kebab name. Two uses may not share one. */
function duplicateScopes(tree: Root): { scope: string; line: number }[] {
  const seen = new Set<string>();
  const duplicates: { scope: string; line: number }[] = [];
  walk(tree, (node) => {
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
    if (!node.name || !(widgetTags as readonly string[]).includes(node.name)) return;
    const id = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id')?.value;
    const scope = typeof id === 'string' ? id : kebabName(node.name);
    if (seen.has(scope)) duplicates.push({ scope, line: node.position?.start.line ?? 0 });
    seen.add(scope);
  });
  return duplicates;
}

/** `<EngineSource path="…">` must name a real file under src/engine, so a rename breaks the build, not the page. */
function missingSources(tree: Root): { path: string; line: number }[] {
  const missing: { path: string; line: number }[] = [];
  walk(tree, (node) => {
    if (node.name !== 'EngineSource') return;
    const path = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'path')?.value;
    if (typeof path !== 'string' || path.includes('..') || !existsSync(`src/engine/${path}`)) {
      missing.push({ path: String(path), line: node.position?.start.line ?? 0 });
    }
  });
  return missing;
}

/** Chapters import nothing: ESM import/export statements are refused too. */
function importsIn(tree: Root): number[] {
  const lines: number[] = [];
  walk(tree, (node) => {
    if (node.type === 'mdxjsEsm') lines.push(node.position?.start.line ?? 0);
  });
  return lines;
}

/** Remark plugin: an unknown widget tag or an import fails the build with file:line:column. */
export function remarkWidgetTags() {
  return (tree: Root, file: FileLike) => {
    const problems = unknownTags(tree).map(
      (t) =>
        `${file.path}:${t.line}:${t.column}: unknown widget tag <${t.name}>. Known tags: ${[...known].join(', ')} (src/widgets/tags.ts).`,
    );
    for (const line of importsIn(tree)) {
      problems.push(
        `${file.path}:${line}: chapters import nothing; use a widget tag from src/widgets/tags.ts instead.`,
      );
    }
    for (const d of duplicateScopes(tree)) {
      problems.push(
        `${file.path}:${d.line}: a second widget with state scope "${d.scope}"; give each use of a widget a distinct id="…" so their URL state stays apart.`,
      );
    }
    for (const m of missingSources(tree)) {
      problems.push(`${file.path}:${m.line}: <EngineSource path="${m.path}"> names no file under src/engine.`);
    }
    if (problems.length > 0) throw new Error(problems.join('\n'));
  };
}
