/**
 * The lecture notes' advertising table: spend on three media and the units sold.
 * The notes print only these five rows, so the book uses exactly these five.
 */
export const adFeatures = ['facebook', 'youtube', 'naver'] as const;
export type AdFeature = (typeof adFeatures)[number];

export interface AdRow {
  spend: readonly [number, number, number];
  sales: number;
}

export const adRows: readonly AdRow[] = [
  { spend: [120, 68, 50], sales: 210 },
  { spend: [40, 22, 30], sales: 111 },
  { spend: [17, 46, 70], sales: 73 },
  { spend: [81, 40, 57], sales: 181 },
  { spend: [57, 33, 23], sales: 122 },
];

/** Each column's mean and (population) standard deviation. */
export interface Scaling {
  mean: number[];
  std: number[];
}

/** Mean and standard deviation of each column of a table of rows. */
export function columnScaling(rows: readonly (readonly number[])[]): Scaling {
  const d = rows[0]?.length ?? 0;
  const n = rows.length;
  const mean = Array.from({ length: d }, (_, j) => rows.reduce((s, r) => s + (r[j] ?? 0), 0) / n);
  const std = mean.map((m, j) => Math.sqrt(rows.reduce((s, r) => s + ((r[j] ?? 0) - m) ** 2, 0) / n) || 1);
  return { mean, std };
}

/** z = (x − mean) / std for every cell, so each feature has mean 0 and spread 1. */
export function standardise(rows: readonly (readonly number[])[], s: Scaling): number[][] {
  return rows.map((r) => r.map((v, j) => (v - (s.mean[j] ?? 0)) / (s.std[j] ?? 1)));
}

export const adScaling = columnScaling(adRows.map((r) => r.spend));
/** The five rows' standardised spend (5, 3). */
export const adZ = standardise(
  adRows.map((r) => r.spend),
  adScaling,
);
export const adSales = adRows.map((r) => r.sales);
