/**
 * Two accessibility engines besides axe, run offline inside the page (issue 20): HTML_CodeSniffer
 * (`html_codesniffer`, its built HTMLCS.js, standard WCAG2AAA) and IBM Equal Access (`accessibility-checker-engine`,
 * its ace.js, policy IBM_Accessibility: WCAG 2.2 A and AA and IBM's own requirements). Each is injected with
 * `page.evaluate`, like axe, so the kiosk's Content Security Policy stays in force, and nothing is fetched.
 *
 * An engine's errors are the page's, with one exception: a result that is the engine's own failure, listed in
 * `NOT_THE_PAGE` with its reason. That list is the only filter.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';

const require = createRequire(import.meta.url);
const HTMLCS_SOURCE = readFileSync(require.resolve('html_codesniffer/build/HTMLCS.js'), 'utf8');
const ACE_SOURCE = readFileSync(require.resolve('accessibility-checker-engine/ace.js'), 'utf8');

export const HTMLCS_VERSION = (require('html_codesniffer/package.json') as { version: string }).version;
export const ACE_VERSION = (require('accessibility-checker-engine/package.json') as { version: string }).version;

/** The HTML_CodeSniffer standard and the IBM policy the tests run. */
export const HTMLCS_STANDARD = 'WCAG2AAA';
export const IBM_POLICY = 'IBM_Accessibility';

export type Engine = 'HTML_CodeSniffer' | 'IBM Equal Access';

/** One error an engine reports: its rule, its message and the start of the element's HTML. */
export interface Finding {
  engine: Engine;
  code: string;
  message: string;
  element: string;
  /** Measured in the page on the element: how many pixels of its content, beyond its padding, it hides and scrolls to. */
  contentScrolledPx?: number;
}

/** An engine's result that is its own failure, not the page's: which, when, and why it is not the page's. */
interface NotThePage {
  engine: Engine;
  code: string;
  /** Only the results for which this holds. */
  when: (finding: Finding) => boolean;
  reason: string;
}

/** The only filter: each entry an engine's own failure, with the reason. */
export const NOT_THE_PAGE: readonly NotThePage[] = [
  {
    engine: 'IBM Equal Access',
    code: 'element_tabbable_role_valid.fail_invalid_role',
    when: (finding) => /^\S+ <main\b/.test(finding.element) && (finding.contentScrolledPx ?? 0) > 0,
    reason:
      'IBM takes a region for one that scrolls only when its overflow is larger than its top and bottom padding together ' +
      '(isElementScrollable); Chromium counts the bottom padding in the overflow, so a <main> that hides up to 32 px of ' +
      'content (the credits at 1280×800, a question of act 2) is taken for one that does not scroll, and its Tab stop for a fault. ' +
      'A <main> is a Tab stop exactly while it scrolls (useScrollFocus, as axe\'s scrollable-region-focusable asks; ' +
      'facilitator-keyboard.spec.ts); the entry holds only where the page measures content hidden beyond the padding.',
  },
];

const isNotThePage = (finding: Finding) => NOT_THE_PAGE.some((entry) => entry.engine === finding.engine && entry.code === finding.code && entry.when(finding));

const htmlStart = (html: string) => html.replace(/\s+/g, ' ').slice(0, 160);

/** Every HTML_CodeSniffer result of type ERROR (1) for the standard, on the page as drawn now. */
export async function htmlCodeSnifferAll(page: Page, standard = HTMLCS_STANDARD): Promise<Finding[]> {
  if (!(await page.evaluate(() => 'HTMLCS' in window))) await page.evaluate(HTMLCS_SOURCE);
  const found = await page.evaluate(
    (wanted) =>
      new Promise<{ code: string; message: string; element: string }[]>((resolve, reject) => {
        type Message = { type: number; code: string; msg: string; element: Element | Document };
        type Htmlcs = { process(standard: string, content: Document, done: () => void, failed: () => void, language: string): void; getMessages(): Message[] };
        const htmlcs = (window as unknown as { HTMLCS: Htmlcs }).HTMLCS;
        htmlcs.process(
          wanted,
          document,
          () =>
            resolve(
              htmlcs
                .getMessages()
                .filter((message) => message.type === 1)
                .map((message) => ({ code: message.code, message: message.msg, element: message.element instanceof Element ? message.element.outerHTML : '#document' })),
            ),
          () => reject(new Error(`HTML_CodeSniffer could not run ${wanted}`)),
          'en',
        );
      }),
    standard,
  );
  return found.map((finding) => ({ engine: 'HTML_CodeSniffer', ...finding, element: htmlStart(finding.element) }));
}

/** Every IBM Equal Access violation (a rule of kind VIOLATION that FAILs; not the POTENTIAL ones left to people) for the policy, on the page as drawn now. */
export async function equalAccessAll(page: Page, policy = IBM_POLICY): Promise<Finding[]> {
  if (!(await page.evaluate(() => 'ace' in window))) await page.evaluate(ACE_SOURCE);
  const found = await page.evaluate(async (wanted) => {
    // value: the rule's kind (VIOLATION, RECOMMENDATION, INFORMATION) and the outcome (PASS, FAIL, POTENTIAL, MANUAL).
    type Result = { ruleId: string; reasonId: string; message: string; snippet: string; value: [string, string]; path: { dom: string } };
    type Ace = { Checker: new () => { check(document: Document, policies: string[]): Promise<{ results: Result[] }> } };
    const report = await new (window as unknown as { ace: Ace }).ace.Checker().check(document, [wanted]);
    const contentScrolledPx = (xpath: string) => {
      const element = document.evaluate(xpath, document, null, XPathResult.FIRST_ORDERED_NODE_TYPE, null).singleNodeValue;
      if (!(element instanceof HTMLElement)) return undefined;
      return element.scrollHeight - element.clientHeight - parseFloat(getComputedStyle(element).paddingBottom);
    };
    return report.results
      .filter((result) => result.value[0] === 'VIOLATION' && result.value[1] === 'FAIL')
      .map((result) => ({ code: `${result.ruleId}.${result.reasonId}`, message: result.message, element: `${result.path.dom} ${result.snippet}`, contentScrolledPx: contentScrolledPx(result.path.dom) }));
  }, policy);
  return found.map((finding) => ({ engine: 'IBM Equal Access', ...finding, element: htmlStart(finding.element) }));
}

/** The errors that are the page's: every result but those listed in `NOT_THE_PAGE`. */
export const pageErrors = (findings: Finding[]) => findings.filter((finding) => !isNotThePage(finding));

/** One line per error, for an assertion's diff: the screen, the rule, the message, the element. */
export const describeFindings = (screen: string, findings: Finding[]) => findings.map((f) => `${screen}: ${f.code}: ${f.message} @ ${f.element}`);
