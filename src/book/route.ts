import { isLang, type Lang } from '../state/lang';
import { chapterBySlug } from './toc';

/** What a URL path shows. */
export type Route =
  | { kind: 'root' }
  | { kind: 'home'; lang: Lang }
  | { kind: 'chapter'; lang: Lang; slug: string }
  | { kind: 'slides'; lang: Lang; slug: string; slide: number }
  | { kind: 'glossary'; lang: Lang }
  | { kind: 'notFound'; lang: Lang; path: string };

/** Parses a pathname: `/`, `/<lang>`, `/<lang>/<slug>`, `/<lang>/<slug>/slides/<n>`; anything else is a 404 (in the language it names, if any). */
export function parseRoute(pathname: string, fallbackLang: Lang = 'en'): Route {
  const parts = pathname.split('/').filter((p) => p.length > 0);
  if (parts.length === 0) return { kind: 'root' };
  const [first, second, ...rest] = parts;
  const lang = isLang(first) ? first : undefined;
  if (!lang) return { kind: 'notFound', lang: fallbackLang, path: pathname };
  if (second === undefined) return { kind: 'home', lang };
  if (rest.length === 0 && second === 'glossary') return { kind: 'glossary', lang };
  if (rest.length === 0 && chapterBySlug(second)) return { kind: 'chapter', lang, slug: second };
  if (rest.length === 2 && rest[0] === 'slides' && chapterBySlug(second) && /^[1-9]\d{0,3}$/.test(rest[1] ?? '')) {
    return { kind: 'slides', lang, slug: second, slide: Number(rest[1]) };
  }
  return { kind: 'notFound', lang, path: pathname };
}

/** The same place in the other language: a chapter maps to the same chapter. */
export function pathInLang(route: Route, lang: Lang): string {
  switch (route.kind) {
    case 'chapter':
      return `/${lang}/${route.slug}`;
    case 'slides':
      return slidesPath(lang, route.slug, route.slide);
    case 'glossary':
      return `/${lang}/glossary`;
    case 'root':
    case 'home':
    case 'notFound':
      return `/${lang}`;
  }
}

/** The address of slide `n` (1-based) of a chapter. */
export function slidesPath(lang: Lang, slug: string, n: number): string {
  return `/${lang}/${slug}/slides/${n}`;
}
