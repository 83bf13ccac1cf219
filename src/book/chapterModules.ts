import type { ComponentType } from 'react';
import type { MDXComponents } from 'mdx/types';
import type { Lang } from '../state/lang';

/** A compiled chapter: MDX turns each file into a component that takes the widget registry. */
export interface ChapterModule {
  default: ComponentType<{ components?: MDXComponents }>;
}

// Each chapter becomes its own chunk, loaded when the reader opens it.
const modules = import.meta.glob<ChapterModule>('/chapters/*/*.mdx');

/** The loader of chapters/<lang>/<slug>.mdx, or undefined while that chapter is not written yet. */
export function chapterLoader(lang: Lang, slug: string): (() => Promise<ChapterModule>) | undefined {
  return modules[`/chapters/${lang}/${slug}.mdx`];
}

/** A chapter is written (in a language) when its MDX file exists. */
export function isWritten(lang: Lang, slug: string): boolean {
  return chapterLoader(lang, slug) !== undefined;
}
