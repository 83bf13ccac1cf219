import type { Lang } from '../state/lang';
import { isWritten } from './chapterModules';
import { Link } from './Link';
import { ui } from './strings';
import { chapterPath, chapters } from './toc';
import { Icon } from '../widgets/kit/controls/Icon';

/** The table of contents: every chapter in order, the current one marked, unwritten ones labelled "coming soon". */
export function TocNav({ lang, current, onNavigate }: { lang: Lang; current?: string; onNavigate?: () => void }) {
  return (
    <nav className="toc" aria-label={ui.contents[lang]}>
      <ol>
        {chapters.map((c) => {
          const written = isWritten(lang, c.slug);
          return (
            <li key={c.slug} data-toc-slug={c.slug} data-written={written ? 'true' : 'false'}>
              <Link
                href={chapterPath(lang, c.slug)}
                aria-current={c.slug === current ? 'page' : undefined}
                onClick={onNavigate}
              >
                <span className="toc-number">{c.number}.</span> <span className="toc-title">{c.title[lang]}</span>
                {!written && <span className="toc-badge">{ui.comingSoon[lang]}</span>}
              </Link>
            </li>
          );
        })}
      </ol>
      <p className="toc-extra">
        <Link href={`/${lang}/glossary`} onClick={onNavigate} data-toc-glossary>
          <Icon name="book" /> {ui.glossary[lang]}
        </Link>
      </p>
    </nav>
  );
}
