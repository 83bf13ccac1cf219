import type { Point } from './contourGrid';

/**
 * Offsets (in screen units) that fan out markers drawn on top of each other: points closer than `gap` to an
 * earlier point join its group, and a group of n > 1 spreads evenly round a circle of `radius`, first one up.
 * Lone points stay where they are ([0, 0]).
 */
export function startOffsets(points: readonly Point[], gap: number, radius: number): Point[] {
  const groupOf: number[] = [];
  const groups: number[][] = [];
  points.forEach((p, i) => {
    const g = groups.findIndex((members) => {
      const q = points[members[0] ?? 0] ?? p;
      return Math.hypot(p[0] - q[0], p[1] - q[1]) < gap;
    });
    if (g >= 0) {
      groups[g]?.push(i);
      groupOf[i] = g;
    } else {
      groupOf[i] = groups.push([i]) - 1;
    }
  });
  return points.map((_, i) => {
    const members = groups[groupOf[i] ?? 0] ?? [i];
    if (members.length < 2) return [0, 0];
    const angle = -Math.PI / 2 + (2 * Math.PI * members.indexOf(i)) / members.length;
    return [radius * Math.cos(angle), radius * Math.sin(angle)];
  });
}
