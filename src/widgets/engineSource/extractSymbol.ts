/**
 * Cuts one exported declaration (with its doc comment) out of a TypeScript source file,
 * so a chapter can show `class MulLayer` exactly as it is in src/engine.
 * Braces are matched while skipping strings, template literals and comments.
 */
export function extractSymbol(source: string, name: string): string | undefined {
  const decl = new RegExp(
    `^export\\s+(?:default\\s+)?(?:abstract\\s+)?(?:class|function|const|interface|type|enum)\\s+${name}\\b`,
    'm',
  );
  const match = decl.exec(source);
  if (!match) return undefined;
  const start = withLeadingDocComment(source, match.index);
  const end = declarationEnd(source, match.index);
  return source.slice(start, end).trimEnd();
}

/** Moves `index` back over a /** … *\/ comment (and blank space) that directly precedes it. */
function withLeadingDocComment(source: string, index: number): number {
  const before = source.slice(0, index);
  const doc = /\/\*\*[\s\S]*?\*\/\s*$/.exec(before);
  return doc ? doc.index : index;
}

/** The index just past the declaration: its matching closing brace, or the end of a one-line statement. */
function declarationEnd(source: string, from: number): number {
  let depth = 0;
  let opened = false;
  for (let i = from; i < source.length; i++) {
    const c = source[i];
    const next = source[i + 1];
    if (c === '/' && next === '/') i = lineEnd(source, i);
    else if (c === '/' && next === '*') i = source.indexOf('*/', i + 2) + 1 || source.length;
    else if (c === '"' || c === "'" || c === '`') i = stringEnd(source, i);
    else if (c === '{') {
      depth++;
      opened = true;
    } else if (c === '}') {
      depth--;
      if (opened && depth === 0) return i + 1 + (source[i + 1] === ';' ? 1 : 0);
    } else if (c === ';' && depth === 0) return i + 1;
    else if (c === '\n' && depth === 0 && opened) return i;
  }
  return source.length;
}

function lineEnd(source: string, i: number): number {
  const n = source.indexOf('\n', i);
  return n < 0 ? source.length : n - 1;
}

function stringEnd(source: string, i: number): number {
  const quote = source[i];
  for (let j = i + 1; j < source.length; j++) {
    if (source[j] === '\\') j++;
    else if (source[j] === quote) return j;
  }
  return source.length;
}
