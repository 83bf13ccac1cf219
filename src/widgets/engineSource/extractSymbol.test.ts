import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractSymbol } from './extractSymbol';

const sample = `import { x } from './x';

/** Multiplies two numbers; backward swaps them. */
export class MulLayer {
  private x = 0; // "}" inside a comment and a string: '{'
  forward(a: number, b: number): number {
    const s = \`\${a} } \${b}\`;
    return a * b + s.length * 0;
  }
}

export const HALF = 0.5;

export function twice(v: number): number {
  return 2 * v;
}
`;

describe('extractSymbol', () => {
  it('cuts out a class with its doc comment, skipping braces in strings, templates and comments', () => {
    const out = extractSymbol(sample, 'MulLayer');
    expect(out?.startsWith('/** Multiplies two numbers')).toBe(true);
    expect(out?.endsWith('  }\n}')).toBe(true);
    expect(out).not.toContain('HALF');
  });

  it('cuts out one-line constants and functions', () => {
    expect(extractSymbol(sample, 'HALF')).toBe('export const HALF = 0.5;');
    expect(extractSymbol(sample, 'twice')).toBe('export function twice(v: number): number {\n  return 2 * v;\n}');
  });

  it('returns undefined for a name that is not exported', () => {
    expect(extractSymbol(sample, 'AddLayer')).toBeUndefined();
    expect(extractSymbol(sample, 'Mul')).toBeUndefined();
  });

  it("finds the engine's real MulLayer", () => {
    const source = readFileSync('src/engine/layers/mulLayer.ts', 'utf8');
    const out = extractSymbol(source, 'MulLayer') ?? '';
    expect(out).toMatch(/export class MulLayer/);
    expect(out).toMatch(/backward/);
  });
});
