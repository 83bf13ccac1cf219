import { createStore, useStore } from 'zustand';
import { registerSW } from 'virtual:pwa-register';

interface UpdateState {
  /** A new build is installed and waiting: the reader decides when to reload. */
  needRefresh: boolean;
  /** The first visit's precache finished: the whole book now works offline. */
  offlineReady: boolean;
  dismiss: () => void;
}

let applyUpdate: ((reload?: boolean) => Promise<void>) | undefined;

export const updateStore = createStore<UpdateState>((set) => ({
  needRefresh: false,
  offlineReady: false,
  dismiss: () => set({ needRefresh: false, offlineReady: false }),
}));

/** Registers the service worker (built by vite-plugin-pwa). Never swaps a new version in silently. */
export function startServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  applyUpdate = registerSW({
    immediate: true,
    onNeedRefresh: () => updateStore.setState({ needRefresh: true }),
    onOfflineReady: () => updateStore.setState({ offlineReady: true }),
  });
}

/** Activates the waiting version and reloads the page. */
export function reloadToUpdate(): void {
  void applyUpdate?.(true);
}

export function useUpdateState(): UpdateState {
  return useStore(updateStore);
}
