import type { Locator } from '@playwright/test';

/**
 * Starts recording every value the given attributes take on the element, so a test can check
 * states that may be too brief to catch by polling (a ten-step run can finish within one poll).
 * Returns a reader for the values seen so far, in order, per attribute.
 */
export async function recordAttributes(
  el: Locator,
  attrs: readonly string[],
): Promise<() => Promise<Record<string, string[]>>> {
  const key = `__attrLog${Math.random().toString(36).slice(2)}`;
  await el.evaluate(
    (node, { key, attrs }) => {
      const log: Record<string, string[]> = Object.fromEntries(attrs.map((a) => [a, [node.getAttribute(a) ?? '']]));
      const observer = new MutationObserver((records) => {
        for (const r of records) {
          const name = r.attributeName;
          if (!name) continue;
          const value = node.getAttribute(name) ?? '';
          const seen = log[name];
          if (seen && seen.at(-1) !== value) seen.push(value);
        }
      });
      observer.observe(node, { attributes: true, attributeFilter: [...attrs] });
      (window as unknown as Record<string, unknown>)[key] = log;
    },
    { key, attrs },
  );
  return () =>
    el.evaluate((_node, key) => (window as unknown as Record<string, Record<string, string[]>>)[key] ?? {}, key);
}
