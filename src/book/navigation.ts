import { useSyncExternalStore } from 'react';
import { syncWidgetStateFromUrl } from '../state/widgetState';

const NAV_EVENT = 'nn-book:navigate';

// Back/forward: widget state follows the query of the entry we returned to.
if (typeof window !== 'undefined') window.addEventListener('popstate', syncWidgetStateFromUrl);

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(NAV_EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(NAV_EVENT, onChange);
  };
}

/** The current pathname, re-rendering on history navigation. */
export function usePathname(): string {
  return useSyncExternalStore(
    subscribe,
    () => window.location.pathname,
    () => '/',
  );
}

/**
 * Client-side navigation: push (or replace) a path with optional ?query and #hash.
 * Widget state is re-read from the new query (a link without one starts from the book's values).
 */
export function navigate(to: string, options: { replace?: boolean; keepScroll?: boolean } = {}): void {
  if (options.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  syncWidgetStateFromUrl();
  window.dispatchEvent(new Event(NAV_EVENT));
  const hash = new URL(to, window.location.href).hash;
  if (!hash && !options.keepScroll) window.scrollTo(0, 0);
}
