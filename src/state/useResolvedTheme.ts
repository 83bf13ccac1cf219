import { useSyncExternalStore } from 'react';

/** The theme the page is drawn in: <html data-theme> when the reader chose one, else what prefers-color-scheme picks. */
export type ResolvedTheme = 'light' | 'dark' | 'projector';

const darkQuery = '(prefers-color-scheme: dark)';

// Watches the page itself (the attribute and the media query), not the theme store: a canvas must repaint
// after the new colours apply, and the attribute is what applies them.
function subscribe(onChange: () => void): () => void {
  const media = window.matchMedia(darkQuery);
  media.addEventListener('change', onChange);
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  return () => {
    media.removeEventListener('change', onChange);
    observer.disconnect();
  };
}

/** The theme the page is drawn in right now (outside React; the hook below re-renders on changes). */
export function resolvedTheme(): ResolvedTheme {
  const chosen = document.documentElement.dataset.theme;
  if (chosen === 'light' || chosen === 'dark' || chosen === 'projector') return chosen;
  return window.matchMedia(darkQuery).matches ? 'dark' : 'light';
}

/** The resolved theme, re-rendering when it changes, so canvases that paint theme colours repaint. */
export function useResolvedTheme(): ResolvedTheme {
  return useSyncExternalStore(subscribe, resolvedTheme, () => 'light');
}
