// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cellKey } from './cellKey';
import { MatrixGrid } from './MatrixGrid';

/** An editable 2×2 X over [-10, 10], kept in state as a widget does. */
function Editable() {
  const [data, setData] = useState([1, 2, 3, 4]);
  return (
    <MatrixGrid
      name="X"
      caption="X (2, 2)"
      m={{ rows: 2, cols: 2, data }}
      highlighted={new Set()}
      editing={{
        varName: 'x',
        min: -10,
        max: 10,
        onChange: (i, v) => setData((d) => d.map((p, j) => (j === i ? v : p))),
      }}
    />
  );
}

const cell = (container: HTMLElement, rc: string) => container.querySelector(`[data-cell="${rc}"]`);

afterEach(cleanup);

describe('MatrixGrid', () => {
  it('writes each cell as data-cell "r,c" with its full-precision data-value, and the shape on the grid', () => {
    const { container } = render(
      <MatrixGrid
        name="Y"
        caption="Y"
        m={{ rows: 1, cols: 2, data: [0.1 + 0.2, -1] }}
        highlighted={new Set([cellKey('Y', 0, 1)])}
      />,
    );
    expect(container.querySelector('[data-matrix="Y"]')?.getAttribute('data-shape')).toBe('1,2');
    expect(cell(container, '0,0')?.getAttribute('data-value')).toBe(String(0.1 + 0.2));
    expect(cell(container, '0,1')?.className).toContain('is-source');
    expect(cell(container, '0,0')?.hasAttribute('data-grad')).toBe(false);
  });

  it('takes a valid number as it is typed', () => {
    const { container } = render(<Editable />);
    const input = screen.getByRole('textbox', { name: 'X[2,1]' });
    fireEvent.focus(input);
    fireEvent.change(input, { target: { value: '-2.5' } });
    expect(cell(container, '1,0')?.getAttribute('data-value')).toBe('-2.5');
    expect(container.querySelector('[data-var="x"]')).toBeTruthy();
  });

  it('refuses a bad entry on Enter with a sentence, keeping the old value', () => {
    const { container } = render(<Editable />);
    const input = screen.getByRole('textbox', { name: 'X[1,2]' });
    fireEvent.focus(input);
    fireEvent.change(input, { target: { value: '1e400' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(container.querySelector('[data-refused]')?.getAttribute('data-refused')).toBe('infinite');
    expect(cell(container, '0,1')?.getAttribute('data-value')).toBe('10');
    expect(container.textContent).toContain('1e400 is infinite, so it was clamped to 10.');
  });

  it('tells the reader which output cell they point at', () => {
    const onPoint = vi.fn();
    const { container } = render(
      <MatrixGrid name="Y" caption="Y" m={{ rows: 1, cols: 1, data: [3] }} highlighted={new Set()} onPoint={onPoint} />,
    );
    const td = cell(container, '0,0');
    if (!td) throw new Error('no cell');
    fireEvent.focus(td);
    expect(onPoint).toHaveBeenCalledWith({ matrix: 'Y', r: 0, c: 0 });
  });
});
