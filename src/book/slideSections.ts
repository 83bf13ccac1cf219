/** The slide (1-based) whose section holds the reading position: the last one whose top is above the header line. */
export function currentSlideInView(doc: Document, headerOffset = 120): number {
  const sections = [...doc.querySelectorAll<HTMLElement>('.prose .slide-section[data-slide]')];
  let current = 1;
  for (const s of sections) {
    if (s.getBoundingClientRect().top <= headerOffset) current = Number(s.dataset.slide) || current;
  }
  return current;
}

/** The id of the heading that opens slide `n`, so leaving slides can return to that place in reading mode. */
export function sectionAnchor(doc: Document, n: number): string | undefined {
  return doc.querySelector(`.slide-section[data-slide="${n}"] :is(h2, h3)[id]`)?.id;
}

/** What a key press does in slide mode; undefined when the key is not a slide command. */
export type SlideCommand = { go: number } | 'fullscreen' | 'exit';

export function slideCommand(key: string, n: number, total: number): SlideCommand | undefined {
  switch (key) {
    case 'ArrowRight':
    case 'PageDown':
    case ' ':
      return { go: Math.min(total, n + 1) };
    case 'ArrowLeft':
    case 'PageUp':
      return { go: Math.max(1, n - 1) };
    case 'Home':
      return { go: 1 };
    case 'End':
      return { go: total };
    case 'f':
    case 'F':
      return 'fullscreen';
    case 'Escape':
      return 'exit';
    default:
      return undefined;
  }
}

/** Keys typed into a control belong to that control, not to the slide deck. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).closest !== 'function') return false;
  const el = target as Element;
  return el.closest('input, textarea, select, [contenteditable="true"], [role="slider"], [role="textbox"]') !== null;
}
