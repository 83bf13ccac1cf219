import { createStore, useStore } from 'zustand';

/** The book's two languages. */
export const langs = ['ko', 'en'] as const;
export type Lang = (typeof langs)[number];

export function isLang(value: string | undefined): value is Lang {
  return value === 'ko' || value === 'en';
}

/** A text in both languages: every user-facing string in widgets is written this way. */
export type Bilingual<T = string> = Record<Lang, T>;

/** The reader's current language. The book sets it from the route; widgets read it. */
export const langStore = createStore<{ lang: Lang }>(() => ({ lang: 'en' }));

export function useLang(): Lang {
  return useStore(langStore, (s) => s.lang);
}

/** Picks the current language's text: `t({ ko: '초기화', en: 'Reset' })`. */
export function useT(): <T>(text: Bilingual<T>) => T {
  const lang = useLang();
  return (text) => text[lang];
}

/** Fills `{name}` placeholders: fill('Chapter {n}', { n: 3 }); unknown ones are left as they are. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, key: string) => (key in values ? String(values[key]) : m));
}

/** Korean when the browser lists Korean before English, otherwise English. */
export function preferredLang(browserLangs: readonly string[]): Lang {
  for (const tag of browserLangs) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'ko') return 'ko';
    if (base === 'en') return 'en';
  }
  return 'en';
}
