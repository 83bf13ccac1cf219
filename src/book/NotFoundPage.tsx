import type { Lang } from '../state/lang';
import { TocNav } from './TocNav';
import { fill, ui } from './strings';

/** A helpful 404: says what was asked for, and offers the table of contents. */
export function NotFoundPage({ lang, path }: { lang: Lang; path: string }) {
  return (
    <article className="not-found" data-page="not-found">
      <h1>{ui.notFoundTitle[lang]}</h1>
      <p>{fill(ui.notFoundBody[lang], { path: decodeSafely(path) })}</p>
      <h2>{ui.contents[lang]}</h2>
      <TocNav lang={lang} />
    </article>
  );
}

function decodeSafely(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}
