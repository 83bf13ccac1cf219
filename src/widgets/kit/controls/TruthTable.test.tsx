// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { TruthTable } from './TruthTable';
import { inputRows } from './truthTable';

const rows = inputRows.map(([x1, x2]) => ({ x1, x2, y: x1 & x2, a: 0.5 * x1 + 0.5 * x2 - 0.7 }));

afterEach(cleanup);

describe('TruthTable', () => {
  it('keys each row "x1,x2" with its output, in the book order, under a caption', () => {
    const { container } = render(
      <TruthTable caption="AND" rows={rows} output={(r) => r.y} columns={[{ header: 'y', cell: (r) => r.y }]} />,
    );
    expect(screen.getByRole('table', { name: 'AND' })).toBeTruthy();
    const trs = [...container.querySelectorAll('tbody tr')];
    expect(trs.map((tr) => tr.getAttribute('data-row'))).toEqual(['0,0', '1,0', '0,1', '1,1']);
    expect(trs.map((tr) => tr.getAttribute('data-output'))).toEqual(['0', '0', '0', '1']);
    expect(trs.map((tr) => tr.textContent)).toEqual(['000', '100', '010', '111']);
  });

  it('marks the selected row aria-current, and adds the attributes and classes asked for', () => {
    const { container } = render(
      <TruthTable
        caption="AND"
        rows={rows}
        output={(r) => r.y}
        selected="1,0"
        rowAttrs={(r) => ({ 'data-a': String(r.a) })}
        rowClassName={(r) => (r.y === 1 ? 'row-ok' : undefined)}
        columns={[{ header: 'a', cell: (r) => r.a }]}
      />,
    );
    const current = container.querySelectorAll('tr[aria-current="true"]');
    expect([...current].map((tr) => tr.getAttribute('data-row'))).toEqual(['1,0']);
    expect(container.querySelector('tr[data-row="1,1"]')?.getAttribute('data-a')).toBe(String(0.5 + 0.5 - 0.7));
    expect(container.querySelector('tr[data-row="1,1"]')?.className).toBe('row-ok');
    expect(screen.getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['x₁', 'x₂', 'a']);
  });
});
