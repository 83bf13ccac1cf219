// Small inline icons drawn in the text colour. Emoji and rarer symbols (🔗 📖 ⏸) show as empty boxes on
// machines without an emoji font, such as a classroom PC running Linux, so these are SVG instead.

const paths = {
  link: 'M6.5 9.5l3-3M7 4.5l1.2-1.2a2.6 2.6 0 013.7 3.7L10.7 8.2M9 11.5l-1.2 1.2a2.6 2.6 0 01-3.7-3.7L5.3 7.8',
  book: 'M2.5 3.5c2-.8 3.9-.6 5.5.8v9c-1.6-1.4-3.5-1.6-5.5-.8zM13.5 3.5c-2-.8-3.9-.6-5.5.8v9c1.6-1.4 3.5-1.6 5.5-.8z',
  pause: 'M5.5 3.5v9M10.5 3.5v9',
  play: 'M5 3.5l7 4.5-7 4.5z',
  step: 'M4 3.5l6 4.5-6 4.5zM12.5 3.5v9',
  back: 'M12 3.5l-6 4.5 6 4.5zM3.5 3.5v9',
  reset: 'M3.5 8a4.5 4.5 0 1 0 1.4-3.3M4.5 2.5v2.5H7',
  stop: 'M4 4h8v8H4z',
} as const;

export type IconName = keyof typeof paths;

/** One of the book's icons, 1em square, hidden from assistive technology (the button's words carry the name). */
export function Icon({ name }: { name: IconName }) {
  return (
    <svg className="icon" viewBox="0 0 16 16" width="1em" height="1em" aria-hidden="true" focusable="false">
      <path
        d={paths[name]}
        fill="none"
        stroke="currentColor"
        strokeWidth={name === 'pause' ? 2.2 : 1.5}
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
