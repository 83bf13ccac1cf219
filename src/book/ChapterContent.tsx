import { lazy, Suspense, useEffect, useMemo, type ComponentType, type ReactNode } from 'react';
import type { MDXComponents } from 'mdx/types';
import type { Lang } from '../state/lang';
import { ErrorBoundary } from '../widgets/kit/figure/ErrorBoundary';
import { chapterLoader } from './chapterModules';
import { mdxComponents } from './mdxComponents';
import { ui } from './strings';

type ChapterComponent = ComponentType<{ components?: MDXComponents }>;
const lazyChapters = new Map<string, ChapterComponent>();

/** One lazy component per chapter file, cached so reading and slide mode share the loaded chunk. */
function lazyChapter(lang: Lang, slug: string): ChapterComponent | undefined {
  const key = `${lang}/${slug}`;
  const cached = lazyChapters.get(key);
  if (cached) return cached;
  const load = chapterLoader(lang, slug);
  if (!load) return undefined;
  const component = lazy(load);
  lazyChapters.set(key, component);
  return component;
}

/** Runs `onReady` once the chapter's content is in the DOM. */
function Ready({ onReady }: { onReady?: () => void }) {
  useEffect(() => onReady?.(), [onReady]);
  return null;
}

interface ChapterContentProps {
  lang: Lang;
  slug: string;
  onReady?: () => void;
  /** Shown after the body once it has loaded (or failed), never above an empty page that then jumps down. */
  footer?: ReactNode;
}

/** The compiled MDX of a chapter (sections marked data-slide), with its loading and failure states. */
export function ChapterContent({ lang, slug, onReady, footer }: ChapterContentProps) {
  const Content = useMemo(() => lazyChapter(lang, slug), [lang, slug]);
  if (!Content) return <>{footer}</>;
  return (
    <ErrorBoundary
      fallback={() => (
        <>
          <p role="alert">{ui.chapterLoadFailed[lang]}</p>
          {footer}
        </>
      )}
    >
      <Suspense fallback={<p className="loading">{ui.loading[lang]}</p>}>
        <div className="prose">
          {/* lazyChapter caches one component per chapter at module level: its identity is stable, so no remount. */}
          {/* eslint-disable-next-line react-hooks/static-components */}
          <Content components={mdxComponents} />
        </div>
        {footer}
        <Ready onReady={onReady} />
      </Suspense>
    </ErrorBoundary>
  );
}
