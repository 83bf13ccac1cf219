import tocData from '../../chapters/toc.json';
import type { Bilingual, Lang } from '../state/lang';

/** One chapter of the book, in reading order. */
export interface ChapterEntry {
  slug: string;
  number: number;
  title: Bilingual;
}

/** Chapter order lives in chapters/toc.json; this parses it once. */
export const chapters: readonly ChapterEntry[] = tocData.map((c, i) => ({
  slug: c.slug,
  number: i + 1,
  title: c.title,
}));

export function chapterBySlug(slug: string): ChapterEntry | undefined {
  return chapters.find((c) => c.slug === slug);
}

/** The chapters before and after `slug`, for previous/next links. */
export function neighbours(slug: string): { prev?: ChapterEntry; next?: ChapterEntry } {
  const i = chapters.findIndex((c) => c.slug === slug);
  if (i < 0) return {};
  return { prev: chapters[i - 1], next: chapters[i + 1] };
}

export function chapterPath(lang: Lang, slug: string): string {
  return `/${lang}/${slug}`;
}
