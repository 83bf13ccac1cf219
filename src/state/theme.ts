import { createStore, useStore } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

/** 'system' follows prefers-color-scheme; the others pin a theme ('projector' is high-contrast, for class). */
export type ThemeMode = 'system' | 'light' | 'dark' | 'projector';
export const themeModes: readonly ThemeMode[] = ['system', 'light', 'dark', 'projector'];

interface ThemeState {
  mode: ThemeMode;
  setMode: (mode: ThemeMode) => void;
}

/** Persisted under `nn-book:theme` (public/theme-boot.js reads the same key before first paint). */
export const themeStore = createStore<ThemeState>()(
  persist((set) => ({ mode: 'system', setMode: (mode) => set({ mode }) }), {
    name: 'nn-book:theme',
    storage: createJSONStorage(() => localStorage),
    partialize: (s) => ({ mode: s.mode }),
    merge: (persisted, current) => {
      const mode = (persisted as { mode?: unknown } | undefined)?.mode;
      return themeModes.includes(mode as ThemeMode) ? { ...current, mode: mode as ThemeMode } : current;
    },
  }),
);

export function useThemeMode(): ThemeMode {
  return useStore(themeStore, (s) => s.mode);
}

/** The next mode in the toggle's cycle: system → light → dark → projector → system. */
export function nextThemeMode(mode: ThemeMode): ThemeMode {
  const i = themeModes.indexOf(mode);
  return themeModes[(i + 1) % themeModes.length] ?? 'system';
}
