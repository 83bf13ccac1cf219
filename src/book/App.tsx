import { useEffect } from 'react';
import { langStore, preferredLang } from '../state/lang';
import { ChapterPage } from './ChapterPage';
import { GlossaryPage } from './GlossaryPage';
import { HomePage } from './HomePage';
import { Layout } from './Layout';
import { navigate, usePathname } from './navigation';
import { NotFoundPage } from './NotFoundPage';
import { SlidesPage } from './SlidesPage';
import { UpdatePrompt } from './UpdatePrompt';
import { resumePath } from '../state/readingPosition';
import { parseRoute, pathInLang, type Route } from './route';
import type { Lang } from '../state/lang';
import { ui } from './strings';
import { chapterBySlug } from './toc';
import { useApplyTheme } from './ThemeToggle';

/** The reading app: picks the page for the URL and keeps <html lang> and the title in step. */
export function App() {
  useApplyTheme();
  const pathname = usePathname();
  const route = parseRoute(pathname, preferredLang(navigator.languages));

  useEffect(() => {
    if (route.kind === 'root') navigate(resumePath() ?? `/${preferredLang(navigator.languages)}`, { replace: true });
  }, [route.kind]);

  const lang = route.kind === 'root' ? preferredLang(navigator.languages) : route.lang;
  const slug = route.kind === 'chapter' || route.kind === 'slides' ? route.slug : undefined;

  useEffect(() => {
    langStore.setState({ lang });
    document.documentElement.lang = lang;
    const chapter = slug ? chapterBySlug(slug) : undefined;
    const pageTitle =
      route.kind === 'notFound'
        ? ui.notFoundTitle[lang]
        : route.kind === 'glossary'
          ? ui.glossary[lang]
          : chapter?.title[lang];
    document.title = pageTitle ? `${pageTitle} · ${ui.bookTitle[lang]}` : ui.bookTitle[lang];
  }, [lang, slug, route.kind]);

  if (route.kind === 'root') return null;
  return (
    <>
      <UpdatePrompt lang={lang} />
      {route.kind === 'slides' ? (
        <SlidesPage key={`${lang}/${route.slug}`} lang={lang} slug={route.slug} slide={route.slide} />
      ) : (
        <Pages route={route} lang={lang} slug={slug} />
      )}
    </>
  );
}

function Pages({
  route,
  lang,
  slug,
}: {
  route: Exclude<Route, { kind: 'root' | 'slides' }>;
  lang: Lang;
  slug?: string;
}) {
  return (
    <Layout lang={lang} otherLangPath={pathInLang(route, lang === 'ko' ? 'en' : 'ko')} currentSlug={slug}>
      {route.kind === 'home' && <HomePage lang={lang} />}
      {route.kind === 'chapter' && <ChapterPage key={`${lang}/${route.slug}`} lang={lang} slug={route.slug} />}
      {route.kind === 'glossary' && <GlossaryPage lang={lang} />}
      {route.kind === 'notFound' && <NotFoundPage lang={lang} path={route.path} />}
    </Layout>
  );
}
