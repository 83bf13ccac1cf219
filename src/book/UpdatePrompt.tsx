import { useEffect } from 'react';
import type { Lang } from '../state/lang';
import { reloadToUpdate, updateStore, useUpdateState } from './serviceWorker';
import { ui } from './strings';

/** The "new version — reload to update" banner, and a short "ready offline" note after the first visit. */
export function UpdatePrompt({ lang }: { lang: Lang }) {
  const { needRefresh, offlineReady, dismiss } = useUpdateState();

  useEffect(() => {
    if (!offlineReady) return;
    const timer = setTimeout(() => updateStore.setState({ offlineReady: false }), 6000);
    return () => clearTimeout(timer);
  }, [offlineReady]);

  if (needRefresh) {
    return (
      <div className="update-prompt" role="alert" data-update="available">
        <p>{ui.updateAvailable[lang]}</p>
        <button type="button" className="button-link" onClick={reloadToUpdate} data-action="reload-to-update">
          {ui.reloadToUpdate[lang]}
        </button>
        <button type="button" className="header-button" onClick={dismiss}>
          {ui.later[lang]}
        </button>
      </div>
    );
  }
  if (offlineReady) {
    return (
      <div className="update-prompt" role="status" data-update="offline-ready">
        <p>✓ {ui.offlineReady[lang]}</p>
        <button type="button" className="header-button" onClick={dismiss}>
          {ui.close[lang]}
        </button>
      </div>
    );
  }
  return null;
}
