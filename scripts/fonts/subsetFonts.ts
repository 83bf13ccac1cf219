// npm run fonts: Pretendard regular and bold, cut down to the characters the book uses → WOFF2 in public/fonts/.
// Skips everything when the characters, the source fonts and this converter are unchanged and the files are intact.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import subsetFont from 'subset-font';
import { readBookChars } from './bookChars';
import { FONT_DIR, FONT_WEIGHTS, STAMP_FILE, parseStamp, sourceFontPath, subsetFontFile } from './fontFiles';
import type { FontStamp } from './fontFiles';

/** Bump when the subsetting options change, so old outputs are rebuilt. */
const CONVERTER_VERSION = 'subset-v1';
const root = process.cwd();
const outDir = join(root, 'public', FONT_DIR);
const stampPath = join(outDir, STAMP_FILE);

function fingerprintOf(chars: string, sources: readonly Buffer[]): string {
  const h = createHash('sha256').update(CONVERTER_VERSION).update(chars);
  for (const s of sources) h.update(createHash('sha256').update(s).digest());
  return h.digest('hex');
}

function upToDate(fingerprint: string): boolean {
  if (!existsSync(stampPath)) return false;
  try {
    const stamp = parseStamp(JSON.parse(readFileSync(stampPath, 'utf8')));
    if (stamp === null || stamp.fingerprint !== fingerprint) return false;
    return stamp.files.every((f) => {
      const path = join(outDir, f.file);
      return existsSync(path) && statSync(path).size === f.bytes;
    });
  } catch {
    return false;
  }
}

const started = performance.now();
const chars = readBookChars(root);
const sources = FONT_WEIGHTS.map((weight) => ({ weight, font: readFileSync(join(root, sourceFontPath(weight))) }));
const fingerprint = fingerprintOf(
  chars,
  sources.map((s) => s.font),
);
const count = [...chars].length;

if (upToDate(fingerprint)) {
  console.log(`fonts: public/${FONT_DIR} is up to date (${Math.round(performance.now() - started)} ms)`);
} else {
  mkdirSync(outDir, { recursive: true });
  const files: FontStamp['files'] = [];
  for (const { weight, font } of sources) {
    // All layout features are kept (kerning, tabular figures, alternates); they cost about 10 KB.
    const woff2 = await subsetFont(font, chars, { targetFormat: 'woff2' });
    const file = subsetFontFile(weight);
    writeFileSync(join(outDir, file), woff2);
    files.push({ file, bytes: woff2.length });
  }
  // The stamp goes last, so an interrupted run is never mistaken for a finished one.
  const stamp: FontStamp = { fingerprint, characters: count, files };
  writeFileSync(stampPath, `${JSON.stringify(stamp, null, 1)}\n`);
  const sizes = files.map((f) => `${f.file} ${(f.bytes / 1024).toFixed(1)} KB`).join(', ');
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`fonts: ${count} characters → ${sizes} in public/${FONT_DIR} (${seconds} s)`);
}
