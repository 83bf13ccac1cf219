// Every character the book can show, gathered from its sources at build time: the font subset keeps exactly these.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Printable ASCII (U+0020–U+007E) is always kept: readers type numbers, code and URLs in it. */
export const PRINTABLE_ASCII = String.fromCharCode(...Array.from({ length: 0x7f - 0x20 }, (_, i) => 0x20 + i));

/**
 * Characters made at run time rather than written in a source: number readouts (1.2 × 10⁻⁹, −0.5, ≈ 0),
 * the no-break and thin spaces that formatting puts between a number and its unit, and typographic punctuation.
 */
export const RUNTIME_CHARS = '\u00a0\u2009\u202f−×÷±≈≤≥·…–—‘’“”⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻←→↑↓✓✗';

/** Where the book's visible text lives, relative to the project root. */
export interface SourceKind {
  dir: string;
  /** File names ending in one of these are read. */
  ext: readonly string[];
  /** In code, `\u2212` is the character it stands for. */
  code: boolean;
}

export const BOOK_SOURCES: readonly SourceKind[] = [
  // Chapters (prose, \text{} in math), the table of contents and the glossary.
  { dir: 'chapters', ext: ['.mdx', '.json'], code: false },
  // UI strings of the app and the widgets ({ ko, en } texts) and CSS `content:` glyphs.
  { dir: 'src', ext: ['.ts', '.tsx', '.css'], code: true },
];

/** The <noscript> line and the title in the page shell. */
export const SHELL_FILES: readonly string[] = ['index.html'];

const escape = /\\u\{([0-9a-fA-F]{1,6})\}|\\u([0-9a-fA-F]{4})/g;
const control = /\p{Cc}/u;

/** The characters of `text` that need a glyph: every code point but control characters (newline, tab). */
export function charsOf(text: string, code: boolean): Set<string> {
  const out = new Set<string>();
  for (const ch of text) if (!control.test(ch)) out.add(ch);
  if (code) {
    for (const m of text.matchAll(escape)) {
      const cp = parseInt(m[1] ?? m[2] ?? '', 16);
      // Lone surrogates (half of an escaped pair) are no character; skip them.
      if (cp <= 0x10ffff && (cp < 0xd800 || cp > 0xdfff)) {
        const ch = String.fromCodePoint(cp);
        if (!control.test(ch)) out.add(ch);
      }
    }
  }
  return out;
}

/** Tests are not shown to readers, so their strings stay out of the font. */
function isShown(name: string, kind: SourceKind): boolean {
  return kind.ext.some((e) => name.endsWith(e)) && !/\.test\.[a-z]+$/.test(name);
}

/** Every file under `root` whose text the book can show, sorted so the result never depends on directory order. */
export function bookSourceFiles(root: string): { path: string; code: boolean }[] {
  const files: { path: string; code: boolean }[] = SHELL_FILES.map((f) => ({ path: join(root, f), code: false }));
  for (const kind of BOOK_SOURCES) {
    const names = readdirSync(join(root, kind.dir), { recursive: true, encoding: 'utf8' });
    for (const name of names) {
      if (isShown(name, kind)) files.push({ path: join(root, kind.dir, name), code: kind.code });
    }
  }
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** The book's characters, sorted by code point: one string, the same on every machine for the same sources. */
export function collectBookChars(files: readonly { text: string; code: boolean }[]): string {
  const all = new Set<string>([...PRINTABLE_ASCII, ...RUNTIME_CHARS]);
  for (const f of files) for (const ch of charsOf(f.text, f.code)) all.add(ch);
  return [...all].sort((a, b) => (a.codePointAt(0) ?? 0) - (b.codePointAt(0) ?? 0)).join('');
}

/** Reads the book's sources under `root` and returns their characters. */
export function readBookChars(root: string): string {
  return collectBookChars(bookSourceFiles(root).map((f) => ({ text: readFileSync(f.path, 'utf8'), code: f.code })));
}
