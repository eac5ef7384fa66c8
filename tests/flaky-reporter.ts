/**
 * The reporter of `npm run test:flaky`: every e2e test is run several times (`--repeat-each`), and this prints
 * each test's pass rate, worst first, then the tests below 100 %. A test that passes only some of the time is
 * a race to fix, not a test to retry.
 */
import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';

interface Tally {
  title: string;
  runs: number;
  passed: number;
  failures: string[];
  seconds: number[];
}

export default class FlakyReporter implements Reporter {
  private readonly tallies = new Map<string, Tally>();

  onTestEnd(test: TestCase, result: TestResult) {
    const [, , file, ...titles] = test.titlePath();
    const title = `${file ?? ''} › ${titles.join(' › ')}`;
    const tally = this.tallies.get(title) ?? { title, runs: 0, passed: 0, failures: [], seconds: [] };
    tally.runs++;
    tally.seconds.push(result.duration / 1000);
    if (result.status === test.expectedStatus) tally.passed++;
    else tally.failures.push(`${result.status}: ${(result.error?.message ?? '').split('\n')[0]?.slice(0, 200) ?? ''}`);
    this.tallies.set(title, tally);
  }

  onEnd(result: FullResult) {
    const tallies = [...this.tallies.values()].sort((a, b) => a.passed / a.runs - b.passed / b.runs || a.title.localeCompare(b.title));
    const lines = tallies.map((t) => `${((100 * t.passed) / t.runs).toFixed(0).padStart(4)} %  ${t.passed}/${t.runs}  ${Math.max(...t.seconds).toFixed(1).padStart(6)} s  ${t.title}`);
    const unstable = tallies.filter((t) => t.passed < t.runs);
    console.log(`\npass rate  runs  slowest  test\n${lines.join('\n')}`);
    console.log(`\n${tallies.length} tests, ${tallies.reduce((n, t) => n + t.runs, 0)} runs in ${(result.duration / 1000).toFixed(0)} s: ${unstable.length === 0 ? 'every test passed every run' : `${unstable.length} below 100 %`}`);
    for (const t of unstable) console.log(`\n${t.title}\n  ${t.failures.join('\n  ')}`);
  }

  printsToStdio() {
    return true;
  }
}
