import type { Lang } from '../state/lang';
import { Link } from './Link';
import { TocNav } from './TocNav';
import { ui } from './strings';
import { chapterPath, chapters } from './toc';
import { resumePath } from '../state/readingPosition';

/** /<lang>: the cover: what the book is, and its contents. */
export function HomePage({ lang }: { lang: Lang }) {
  const first = chapters[0];
  const resume = resumePath();
  const resumeLang = resume?.startsWith(`/${lang}/`) ? resume : null;
  return (
    <article className="home">
      <h1>{ui.bookTitle[lang]}</h1>
      <p className="lead">{ui.bookSubtitle[lang]}</p>
      <p className="home-actions">
        {resumeLang && (
          <Link className="button-link" href={resumeLang} data-action="continue-reading">
            {ui.continueReading[lang]} →
          </Link>
        )}
        {first && (
          <Link
            className={resumeLang ? 'button-link button-link-secondary' : 'button-link'}
            href={chapterPath(lang, first.slug)}
          >
            {ui.startReading[lang]} →
          </Link>
        )}
      </p>
      <h2>{ui.contents[lang]}</h2>
      <TocNav lang={lang} />
    </article>
  );
}
