import { useEffect, useState, type ReactNode } from 'react';
import type { Lang } from '../state/lang';
import { Link } from './Link';
import { isWritten } from './chapterModules';
import { navigate } from './navigation';
import { currentSearch } from '../state/widgetState';
import { slidesPath } from './route';
import { currentSlideInView } from './slideSections';
import { ThemeToggle } from './ThemeToggle';
import { TocNav } from './TocNav';
import { ui } from './strings';

interface LayoutProps {
  lang: Lang;
  /** The same page in the other language. */
  otherLangPath: string;
  currentSlug?: string;
  children: ReactNode;
}

/** The frame of every page: header (title, contents, language, theme), the table of contents, and the main column. */
export function Layout({ lang, otherLangPath, currentSlug, children }: LayoutProps) {
  const [tocOpen, setTocOpen] = useState(false);
  const other: Lang = lang === 'ko' ? 'en' : 'ko';

  useEffect(() => {
    if (!tocOpen) return;
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && setTocOpen(false);
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [tocOpen]);

  return (
    <div className="layout" data-toc-open={tocOpen ? 'true' : 'false'}>
      <a className="skip-link" href="#main">
        {ui.skipToContent[lang]}
      </a>
      <header className="site-header">
        <button
          type="button"
          className="header-button toc-toggle"
          aria-expanded={tocOpen}
          aria-controls="toc-panel"
          onClick={() => setTocOpen((o) => !o)}
        >
          <span aria-hidden="true">☰</span> <span className="header-button-text">{ui.contents[lang]}</span>
        </button>
        <Link className="site-title" href={`/${lang}`}>
          {ui.bookTitle[lang]}
        </Link>
        <div className="header-actions">
          <Link
            className="header-button lang-switch"
            href={otherLangPath}
            hrefLang={other}
            lang={other}
            aria-label={ui.switchLang[lang]}
            data-lang-switch={other}
            onClick={(e) => {
              // Same chapter, same widget state: carry the query across languages.
              if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
              e.preventDefault();
              navigate(otherLangPath + currentSearch());
            }}
          >
            <span className="lang-switch-long">{ui.switchLang[lang]}</span>
            <span className="lang-switch-short" aria-hidden="true">
              {ui.switchLangShort[lang]}
            </span>
          </Link>
          {currentSlug && isWritten(lang, currentSlug) && (
            <button
              type="button"
              className="header-button present-button"
              data-action="present"
              aria-label={ui.presentSlides[lang]}
              // The header stays in view, so the section being read is still the one in view when this is pressed.
              onClick={() => navigate(slidesPath(lang, currentSlug, currentSlideInView(document)) + currentSearch())}
            >
              <span aria-hidden="true">▶</span> <span className="header-button-text">{ui.presentSlides[lang]}</span>
            </button>
          )}
          <ThemeToggle lang={lang} />
        </div>
      </header>
      <aside id="toc-panel" className="toc-panel">
        <TocNav lang={lang} current={currentSlug} onNavigate={() => setTocOpen(false)} />
      </aside>
      {tocOpen && <div className="toc-scrim" aria-hidden="true" onClick={() => setTocOpen(false)} />}
      <main id="main" className="main" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
