import { lazy, Suspense, useEffect, useMemo, type ComponentType } from 'react';
import type { MDXComponents } from 'mdx/types';
import type { Lang } from '../state/lang';
import { ErrorBoundary } from '../widgets/controls/ErrorBoundary';
import { chapterLoader } from './chapterModules';
import { Link } from './Link';
import { mdxComponents } from './mdxComponents';
import { fill, ui } from './strings';
import { chapterBySlug, chapterPath, neighbours } from './toc';

type ChapterComponent = ComponentType<{ components?: MDXComponents }>;
const lazyChapters = new Map<string, ChapterComponent>();

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

/** Scrolls to the URL's #section once the chapter's content is in the DOM. */
function ScrollToHash() {
  useEffect(() => {
    const id = decodeURIComponent(window.location.hash.slice(1));
    if (id) document.getElementById(id)?.scrollIntoView();
  }, []);
  return null;
}

/** /<lang>/<slug>: the chapter's title, its MDX body (or a plain "coming soon"), and previous/next links. */
export function ChapterPage({ lang, slug }: { lang: Lang; slug: string }) {
  const entry = chapterBySlug(slug);
  const Content = useMemo(() => lazyChapter(lang, slug), [lang, slug]);
  const { prev, next } = neighbours(slug);
  if (!entry) return null;

  return (
    <article className="chapter" data-chapter={slug} data-written={Content ? 'true' : 'false'}>
      <header className="chapter-header">
        <p className="chapter-number">{fill(ui.chapterN[lang], { n: entry.number })}</p>
        <h1>{entry.title[lang]}</h1>
      </header>
      {Content ? (
        <ErrorBoundary fallback={() => <p role="alert">{ui.chapterLoadFailed[lang]}</p>}>
          <Suspense fallback={<p className="loading">{ui.loading[lang]}</p>}>
            <div className="prose">
              <Content components={mdxComponents} />
            </div>
            <ScrollToHash />
          </Suspense>
        </ErrorBoundary>
      ) : (
        <section className="coming-soon" data-coming-soon="true">
          <p className="coming-soon-badge">{ui.comingSoon[lang]}</p>
          <p>{ui.comingSoonBody[lang]}</p>
        </section>
      )}
      <nav className="chapter-nav" aria-label={ui.chapterNav[lang]}>
        {prev ? (
          <Link rel="prev" className="chapter-nav-prev" href={chapterPath(lang, prev.slug)}>
            <span className="chapter-nav-label">← {ui.previous[lang]}</span>
            <span>{prev.number}. {prev.title[lang]}</span>
          </Link>
        ) : <span />}
        {next && (
          <Link rel="next" className="chapter-nav-next" href={chapterPath(lang, next.slug)}>
            <span className="chapter-nav-label">{ui.next[lang]} →</span>
            <span>{next.number}. {next.title[lang]}</span>
          </Link>
        )}
      </nav>
    </article>
  );
}
