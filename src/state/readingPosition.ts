import { createStore } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

/** Where the reader was: the last chapter path and, per chapter, the section heading they had reached. */
interface ReadingPosition {
  lastPath: string | null;
  sections: Record<string, string>;
  save: (path: string, sectionId: string | null) => void;
}

const safePath = (p: unknown): p is string => typeof p === 'string' && /^\/(ko|en)\/[a-z0-9-]+$/.test(p);

/** Persisted in localStorage under `nn-book:position`; anything malformed read back is dropped. */
export const readingPositionStore = createStore<ReadingPosition>()(
  persist(
    (set) => ({
      lastPath: null,
      sections: {},
      save: (path, sectionId) =>
        set((s) => ({ lastPath: path, sections: sectionId ? { ...s.sections, [path]: sectionId } : s.sections })),
    }),
    {
      name: 'nn-book:position',
      storage: createJSONStorage(() => localStorage),
      partialize: (s) => ({ lastPath: s.lastPath, sections: s.sections }),
      merge: (persisted, current) => {
        const p = (persisted ?? {}) as { lastPath?: unknown; sections?: unknown };
        const sections: Record<string, string> = {};
        if (p.sections && typeof p.sections === 'object') {
          for (const [k, v] of Object.entries(p.sections as Record<string, unknown>)) {
            if (safePath(k) && typeof v === 'string' && /^[\p{L}\p{N}_-]{1,120}$/u.test(v)) sections[k] = v;
          }
        }
        return { ...current, lastPath: safePath(p.lastPath) ? p.lastPath : null, sections };
      },
    },
  ),
);

/** The place to resume reading: the last chapter, at the section reached, or null on a first visit. */
export function resumePath(): string | null {
  const { lastPath, sections } = readingPositionStore.getState();
  if (!lastPath) return null;
  const section = sections[lastPath];
  return section ? `${lastPath}#${encodeURIComponent(section)}` : lastPath;
}
