// Reads the Vitest and Playwright JSON reports and prints one plain line: "N passed, N failed".
// A missing report counts as one failure (its suite did not run), so CI can never pass on no tests.
import { existsSync, readFileSync } from 'node:fs';

const [unitPath, e2ePath] = process.argv.slice(2);
let passed = 0;
let failed = 0;

function read(path, name) {
  if (!path || !existsSync(path)) {
    console.log(`${name}: no report at ${path} (the suite did not run or crashed)`);
    failed += 1;
    return undefined;
  }
  return JSON.parse(readFileSync(path, 'utf8'));
}

const unit = read(unitPath, 'unit');
if (unit) {
  passed += unit.numPassedTests ?? 0;
  failed += (unit.numFailedTests ?? 0) + (unit.numPendingTests ?? 0) + (unit.numTodoTests ?? 0);
  if ((unit.numTotalTests ?? 0) === 0) failed += 1;
  console.log(`unit: ${unit.numPassedTests} passed, ${unit.numFailedTests} failed`);
}

const e2e = read(e2ePath, 'e2e');
if (e2e) {
  const s = e2e.stats ?? {};
  passed += s.expected ?? 0;
  failed += (s.unexpected ?? 0) + (s.flaky ?? 0) + (s.skipped ?? 0);
  if ((s.expected ?? 0) + (s.unexpected ?? 0) === 0) failed += 1;
  console.log(
    `e2e: ${s.expected ?? 0} passed, ${(s.unexpected ?? 0) + (s.flaky ?? 0)} failed, ${s.skipped ?? 0} skipped`,
  );
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
