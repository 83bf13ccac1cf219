import { useCallback, useEffect, useRef, useState } from 'react';
import type { Lang } from '../state/lang';
import { isWritten } from './chapterModules';
import { ChapterContent } from './ChapterContent';
import { Link } from './Link';
import { navigate } from './navigation';
import { currentSearch } from '../state/widgetState';
import { slidesPath } from './route';
import { isTypingTarget, sectionAnchor, slideCommand } from './slideSections';
import { fill, ui } from './strings';
import { ThemeToggle } from './ThemeToggle';
import { chapterBySlug, chapterPath } from './toc';
import './slides.css';

/** Leaves slide mode for reading mode at the same place (the slide's heading), keeping widget state. */
function readingPathFor(lang: Lang, slug: string, n: number): string {
  const anchor = n > 1 ? sectionAnchor(document, n) : undefined;
  return chapterPath(lang, slug) + currentSearch() + (anchor ? `#${encodeURIComponent(anchor)}` : '');
}

function toggleFullscreen(): void {
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  else void document.documentElement.requestFullscreen?.().catch(() => undefined);
}

/** /<lang>/<slug>/slides/<n>: the same chapter, one section at a time, driven by keys, for a projector. */
export function SlidesPage({ lang, slug, slide }: { lang: Lang; slug: string; slide: number }) {
  const entry = chapterBySlug(slug);
  const deck = useRef<HTMLDivElement>(null);
  const [total, setTotal] = useState<number | undefined>();
  const n = total ? Math.min(slide, total) : slide;

  const go = useCallback(
    (k: number) => navigate(slidesPath(lang, slug, k) + currentSearch(), { replace: true, keepScroll: true }),
    [lang, slug],
  );
  const exit = useCallback(() => navigate(readingPathFor(lang, slug, n)), [lang, slug, n]);
  const onReady = useCallback(
    () => setTotal(deck.current?.querySelectorAll('.slide-section[data-slide]').length || 1),
    [],
  );

  useEffect(() => {
    if (total && slide > total) go(total);
  }, [total, slide, go]);

  useEffect(() => {
    document.documentElement.classList.add('presenting');
    return () => document.documentElement.classList.remove('presenting');
  }, []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || isTypingTarget(e.target)) return;
      if (e.key === ' ' && (e.target as Element | null)?.closest?.('button, a, summary')) return;
      const command = slideCommand(e.key, n, total ?? n);
      if (!command) return;
      e.preventDefault();
      if (command === 'fullscreen') toggleFullscreen();
      else if (command === 'exit') exit();
      else if (command.go !== n) go(command.go);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [n, total, go, exit]);

  useEffect(() => {
    deck.current?.scrollTo?.(0, 0);
  }, [n]);

  if (!entry) return null;
  const title = entry.title[lang];
  const progress = total ? (n / total) * 100 : 0;

  return (
    <div className="slides" data-slides-total={total ?? ''} data-current-slide={n}>
      <style>{`.slides-deck .slide-section:not([data-slide="${n}"]) { display: none; }`}</style>
      <header className="slides-bar">
        <Link className="slides-title" href={chapterPath(lang, slug)}>
          {entry.number}. {title}
        </Link>
        <span className="slides-counter" aria-live="polite" data-slide-counter>
          {total ? fill(ui.slideNofM[lang], { n, total }) : ui.loading[lang]}
        </span>
        <div className="slides-actions">
          <button
            type="button"
            className="header-button"
            aria-label={ui.previousSlide[lang]}
            disabled={n <= 1}
            onClick={() => go(n - 1)}
          >
            <span aria-hidden="true">←</span>
          </button>
          <button
            type="button"
            className="header-button"
            aria-label={ui.nextSlide[lang]}
            disabled={!total || n >= total}
            onClick={() => go(n + 1)}
          >
            <span aria-hidden="true">→</span>
          </button>
          <button type="button" className="header-button" aria-label={ui.fullscreen[lang]} onClick={toggleFullscreen}>
            <svg
              aria-hidden="true"
              width="16"
              height="16"
              viewBox="0 0 16 16"
              fill="none"
              stroke="currentColor"
              strokeWidth="2"
            >
              <path d="M1 5V1h4M11 1h4v4M15 11v4h-4M5 15H1v-4" />
            </svg>
          </button>
          <ThemeToggle lang={lang} />
          <button type="button" className="header-button" data-action="exit-slides" onClick={exit}>
            <span aria-hidden="true">✕</span> <span className="header-button-text">{ui.exitSlides[lang]}</span>
          </button>
        </div>
      </header>
      <div
        className="slides-progress"
        role="progressbar"
        aria-label={ui.slidesProgress[lang]}
        aria-valuemin={1}
        aria-valuemax={total ?? 1}
        aria-valuenow={n}
        aria-valuetext={total ? fill(ui.slideNofM[lang], { n, total }) : undefined}
      >
        <div className="slides-progress-fill" style={{ width: `${progress}%` }} />
      </div>
      <main id="main" className="slides-deck" ref={deck}>
        <h1 className={n === 1 ? 'slides-cover-title' : 'sr-only'}>{title}</h1>
        {isWritten(lang, slug) ? (
          <ChapterContent lang={lang} slug={slug} onReady={onReady} />
        ) : (
          <p className="coming-soon">{ui.comingSoonBody[lang]}</p>
        )}
      </main>
      <p className="slides-help">{ui.slidesKeysHelp[lang]}</p>
    </div>
  );
}
