// One results table for every benchmark, so new rows (a browser, a worker, a WASM backend) slot in.

/** One measured quantity. */
export interface BenchRow {
  readonly section: string;
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  readonly note?: string;
}

function formatValue(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  if (Math.abs(v) >= 1000) return Math.round(v).toLocaleString('en-US');
  if (Math.abs(v) >= 100) return v.toFixed(1);
  if (Math.abs(v) >= 1) return v.toFixed(2);
  return v.toFixed(4);
}

/** The rows as an aligned plain-text table, one section after another. */
export function formatTable(rows: readonly BenchRow[]): string {
  const cells = rows.map((r) => [r.section, r.name, formatValue(r.value), r.unit, r.note ?? '']);
  const header = ['section', 'benchmark', 'value', 'unit', 'note'];
  const widths = header.map((h, c) => Math.max(h.length, ...cells.map((row) => (row[c] ?? '').length)));
  const line = (row: readonly string[]) =>
    row
      .map((cell, c) => (c === 2 ? cell.padStart(widths[c] ?? 0) : cell.padEnd(widths[c] ?? 0)))
      .join(' | ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('-+-');
  return [line(header), rule, ...cells.map(line)].join('\n');
}
