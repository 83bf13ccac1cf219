import type { Lang } from '../state/lang';
import { isWritten } from './chapterModules';
import { ChapterContent } from './ChapterContent';
import { Link } from './Link';
import { fill, ui } from './strings';
import { chapterBySlug, chapterPath, neighbours } from './toc';
import { useReadingPosition } from './useReadingPosition';

/** Scrolls to the URL's #section (or figure) once the chapter's content is in the DOM. */
function scrollToHash() {
  const id = decodeURIComponent(window.location.hash.slice(1));
  if (id) document.getElementById(id)?.scrollIntoView();
}

/** Previous and next chapter links, shown below the chapter's body. */
function ChapterNav({ lang, slug }: { lang: Lang; slug: string }) {
  const { prev, next } = neighbours(slug);
  return (
    <nav className="chapter-nav" aria-label={ui.chapterNav[lang]}>
      {prev ? (
        <Link rel="prev" className="chapter-nav-prev" href={chapterPath(lang, prev.slug)}>
          <span className="chapter-nav-label">← {ui.previous[lang]}</span>
          <span>
            {prev.number}. {prev.title[lang]}
          </span>
        </Link>
      ) : (
        <span />
      )}
      {next && (
        <Link rel="next" className="chapter-nav-next" href={chapterPath(lang, next.slug)}>
          <span className="chapter-nav-label">{ui.next[lang]} →</span>
          <span>
            {next.number}. {next.title[lang]}
          </span>
        </Link>
      )}
    </nav>
  );
}

/** /<lang>/<slug>: the chapter's title, its MDX body (or a plain "coming soon"), and previous/next links. */
export function ChapterPage({ lang, slug }: { lang: Lang; slug: string }) {
  const entry = chapterBySlug(slug);
  const written = isWritten(lang, slug);
  useReadingPosition(lang, slug);
  if (!entry) return null;

  const nav = <ChapterNav lang={lang} slug={slug} />;
  return (
    <article className="chapter" data-chapter={slug} data-written={written ? 'true' : 'false'}>
      <header className="chapter-header">
        <p className="chapter-number">{fill(ui.chapterN[lang], { n: entry.number })}</p>
        <h1>{entry.title[lang]}</h1>
      </header>
      {written ? (
        <ChapterContent lang={lang} slug={slug} onReady={scrollToHash} footer={nav} />
      ) : (
        <section className="coming-soon" data-coming-soon="true">
          <p className="coming-soon-badge">{ui.comingSoon[lang]}</p>
          <p>{ui.comingSoonBody[lang]}</p>
        </section>
      )}
      {!written && nav}
    </article>
  );
}
