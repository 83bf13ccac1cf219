import type { ReactNode } from 'react';

/** An aside in a chapter: `<Note title="…">…</Note>`. */
export function Note({ title, children }: { title?: string; children?: ReactNode }) {
  return (
    <aside className="note" aria-label={title}>
      {title && <p className="note-title">{title}</p>}
      {children}
    </aside>
  );
}
