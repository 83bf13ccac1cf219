// The self-hosted font: where its source sits, where its subsets go, and the stamp that says they are current.

/** Pretendard (OFL-1.1) pairs Latin and Hangul in one design; fontsource's "latin" files carry all of U+AC00–D7A3. */
export const FONT_FAMILY = 'Pretendard';
export const FONT_WEIGHTS = [400, 700] as const;
export type FontWeight = (typeof FONT_WEIGHTS)[number];

/** Served from the site's own origin: public/fonts/ (gitignored, written by `npm run fonts`) → /fonts/. */
export const FONT_DIR = 'fonts';
export const STAMP_FILE = 'fonts.json';

export function sourceFontPath(weight: FontWeight): string {
  return `node_modules/@fontsource/pretendard/files/pretendard-latin-${weight}-normal.woff2`;
}

/** A stable name, so the hand-written @font-face in src/book/fonts.css can point at it. */
export function subsetFontFile(weight: FontWeight): string {
  return `pretendard-${weight}.woff2`;
}

/** What the last run wrote; a rerun with the same fingerprint and intact files does nothing. */
export interface FontStamp {
  fingerprint: string;
  characters: number;
  files: { file: string; bytes: number }[];
}

export function parseStamp(value: unknown): FontStamp | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  if (typeof v.fingerprint !== 'string' || typeof v.characters !== 'number' || !Array.isArray(v.files)) return null;
  const files: FontStamp['files'] = [];
  for (const f of v.files as unknown[]) {
    if (typeof f !== 'object' || f === null) return null;
    const { file, bytes } = f as Record<string, unknown>;
    if (typeof file !== 'string' || typeof bytes !== 'number') return null;
    files.push({ file, bytes });
  }
  return { fingerprint: v.fingerprint, characters: v.characters, files };
}
