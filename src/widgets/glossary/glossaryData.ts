import raw from '../../../chapters/glossary.json';

/** One glossary entry: the term in Korean and English, optional other spellings, and a short definition in both. */
export interface GlossaryEntry {
  id: string;
  ko: string;
  en: string;
  aliases?: { ko?: string[]; en?: string[] };
  def: { ko: string; en: string };
}

/** Korean ↔ English terms, from chapters/glossary.json (the one source for the page and the tooltips). */
export const glossary: readonly GlossaryEntry[] = raw;

export const glossaryById: ReadonlyMap<string, GlossaryEntry> = new Map(glossary.map((e) => [e.id, e]));

/** Every spelling of an entry in one language, longest first (so "loss function" wins over "loss"). */
export function spellings(entry: GlossaryEntry, lang: 'ko' | 'en'): string[] {
  return [entry[lang], ...(entry.aliases?.[lang] ?? [])].sort((a, b) => b.length - a.length);
}
