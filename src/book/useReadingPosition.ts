import { useEffect } from 'react';
import type { Lang } from '../state/lang';
import { readingPositionStore } from '../state/readingPosition';

/** Remembers the chapter and the section heading the reader has scrolled to (throttled to one write per frame). */
export function useReadingPosition(lang: Lang, slug: string): void {
  useEffect(() => {
    const path = `/${lang}/${slug}`;
    readingPositionStore.getState().save(path, null);
    let frame = 0;
    const onScroll = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        let reached: string | null = null;
        for (const h of document.querySelectorAll<HTMLElement>('.prose h2[id]')) {
          if (h.getBoundingClientRect().top <= 120) reached = h.id;
        }
        readingPositionStore.getState().save(path, reached);
      });
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', onScroll);
    };
  }, [lang, slug]);
}
