// Prints CI's closing line "N passed, N failed" from vitest's JSON report and exits non-zero when
// anything failed. A run that stopped before vitest (typecheck, lint or build failed) has no report
// and counts as one failure.
import { existsSync, readFileSync } from 'node:fs';

const [reportPath, statusText = '0'] = process.argv.slice(2);
const status = Number(statusText);

if (!reportPath || !existsSync(reportPath)) {
  console.log('no vitest report: typecheck, lint or build failed before the tests ran');
  console.log('0 passed, 1 failed');
  process.exit(1);
}
const report = JSON.parse(readFileSync(reportPath, 'utf8'));
const suites = report.testResults ?? [];
// A test file that fails to load has no failed test of its own, but is a failure all the same.
const brokenFiles = suites.filter(
  (suite) =>
    suite.status === 'failed' && !(suite.assertionResults ?? []).some((test) => test.status === 'failed'),
).length;
const passed = report.numPassedTests ?? 0;
const failed = (report.numFailedTests ?? 0) + brokenFiles;
const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);

console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(status !== 0 || failed > 0 || passed === 0 ? 1 : 0);
