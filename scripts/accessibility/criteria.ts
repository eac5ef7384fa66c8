/**
 * The criterion matrix's sources: the reference lists (every RGAA 4.1 criterion, every WCAG 2.2 success
 * criterion) and docs/accessibility/criteria.json, the reviewable file that gives each one its status and
 * its evidence. `validateMatrix` is what keeps the evidence honest: every criterion has a status, every
 * status has what it needs, and every test it names still exists in tests/.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { axeRulesRunBy, rulesFor } from './axe-coverage';
import type { IndexedTest } from './test-index';

export const CRITERIA_FILE = 'docs/accessibility/criteria.json';
export const RGAA_FILE = 'docs/accessibility/reference/rgaa-4.1.json';
export const WCAG_FILE = 'docs/accessibility/reference/wcag-2.2.json';
export const MATRIX_FILE = 'docs/accessibility-matrix.md';

const RgaaSchema = z.object({
  name: z.string(),
  source: z.string(),
  themes: z.array(z.object({ number: z.number(), title: z.string(), criteria: z.array(z.object({ id: z.string(), title: z.string(), wcag: z.array(z.string()) })) })),
});
export type RgaaReference = z.infer<typeof RgaaSchema>;

const WcagCriterionSchema = z.object({ id: z.string(), title: z.string(), level: z.enum(['A', 'AA', 'AAA']) });
const WcagSchema = z.object({
  name: z.string(),
  source: z.string(),
  principles: z.array(z.object({ number: z.number(), title: z.string() })),
  successCriteria: z.array(WcagCriterionSchema),
  removed: z.array(WcagCriterionSchema),
});
export type WcagReference = z.infer<typeof WcagSchema>;

export const STATUSES = ['tested', 'checked-by-hand', 'not-applicable', 'not-met', 'not-checked'] as const;
export type Status = (typeof STATUSES)[number];

const TestClaimSchema = z.object({ file: z.string(), title: z.string(), proves: z.string().min(1) }).strict();
export type TestClaim = z.infer<typeof TestClaimSchema>;

const ManualCheckSchema = z
  .object({ date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD'), by: z.string().min(1), method: z.string().min(1), result: z.string().min(1) })
  .strict();

const EntrySchema = z
  .object({
    status: z.enum(STATUSES),
    /** The axe audits cover part of this criterion: the matrix lists the rules, read from axe itself. */
    axe: z.boolean().optional(),
    tests: z.array(TestClaimSchema).optional(),
    manual: z.array(ManualCheckSchema).optional(),
    /** Why it does not apply, why it is not met, or what is left to check. */
    reason: z.string().optional(),
    issues: z.array(z.number().int().positive()).optional(),
    note: z.string().optional(),
  })
  .strict();
export type CriterionEntry = z.infer<typeof EntrySchema>;

const CriteriaSchema = z
  .object({
    axe: z.object({ spec: z.string(), tags: z.array(z.string()).min(1), screens: z.string(), audits: z.array(TestClaimSchema).min(1) }).strict(),
    rgaa: z.record(z.string(), EntrySchema),
    wcag: z.record(z.string(), EntrySchema),
  })
  .strict();
export type Criteria = z.infer<typeof CriteriaSchema>;

export interface MatrixSources {
  rgaa: RgaaReference;
  wcag: WcagReference;
  criteria: Criteria;
}

const readJson = (root: string, file: string): unknown => JSON.parse(readFileSync(path.join(root, file), 'utf8'));

function parse<T>(schema: z.ZodType<T>, value: unknown, file: string): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues.map((issue) => `${issue.path.join('.') || '(whole)'}: ${issue.message}`).join('; ')}`);
  return parsed.data;
}

export function readMatrixSources(root: string): MatrixSources {
  return {
    rgaa: parse(RgaaSchema, readJson(root, RGAA_FILE), RGAA_FILE),
    wcag: parse(WcagSchema, readJson(root, WCAG_FILE), WCAG_FILE),
    criteria: parse(CriteriaSchema, readJson(root, CRITERIA_FILE), CRITERIA_FILE),
  };
}

const NEEDS: Record<Status, (entry: CriterionEntry) => string | null> = {
  tested: (entry) => ((entry.tests?.length ?? 0) > 0 || entry.axe ? null : 'a "tested" criterion names at least one test, or axe'),
  'checked-by-hand': (entry) => ((entry.manual?.length ?? 0) > 0 ? null : 'a "checked-by-hand" criterion gives the date, who and how (manual)'),
  'not-applicable': (entry) => (entry.reason ? null : 'a "not-applicable" criterion gives the reason'),
  'not-met': (entry) => (entry.reason ? null : 'a "not-met" criterion says what fails (reason) and, when there is one, the issue'),
  'not-checked': (entry) => (entry.reason ? null : 'a "not-checked" criterion says what is left to check (reason)'),
};

/**
 * Every problem that makes the matrix untrue: a criterion without a status, an unknown one, a status without
 * its evidence, a named test that no longer exists, axe claimed where axe has no rule, axe tags that are not
 * the ones the audit runs.
 */
export function validateMatrix({ rgaa, wcag, criteria }: MatrixSources, tests: readonly IndexedTest[], auditSource: string, today: string): string[] {
  const problems: string[] = [];
  const axeRules = axeRulesRunBy(criteria.axe.tags);
  const checkTest = (where: string, claim: TestClaim) => {
    const inFile = tests.filter((test) => test.file === claim.file);
    if (inFile.length === 0) problems.push(`${where}: no test file ${claim.file} in tests/`);
    else if (!inFile.some((test) => test.matches(claim.title))) problems.push(`${where}: no test "${claim.title}" in ${claim.file} (renamed, removed or skipped?)`);
  };
  const checkEntries = (standard: 'rgaa' | 'wcag', ids: string[], entries: Record<string, CriterionEntry>) => {
    for (const id of ids) if (!entries[id]) problems.push(`${standard} ${id}: no status in ${CRITERIA_FILE}`);
    for (const [id, entry] of Object.entries(entries)) {
      const where = `${standard} ${id}`;
      if (!ids.includes(id)) problems.push(`${where}: not a criterion of ${standard === 'rgaa' ? rgaa.name : wcag.name}`);
      const missing = NEEDS[entry.status](entry);
      if (missing) problems.push(`${where}: ${missing}`);
      if (entry.axe && rulesFor(axeRules, standard, id).length === 0) problems.push(`${where}: axe runs no rule for this criterion with the tags ${criteria.axe.tags.join(', ')}`);
      for (const claim of entry.tests ?? []) checkTest(where, claim);
      for (const check of entry.manual ?? []) if (check.date > today) problems.push(`${where}: a hand check dated ${check.date}, after today`);
    }
  };
  checkEntries('rgaa', rgaa.themes.flatMap((theme) => theme.criteria.map((criterion) => criterion.id)), criteria.rgaa);
  checkEntries('wcag', wcag.successCriteria.map((criterion) => criterion.id), criteria.wcag);
  for (const claim of criteria.axe.audits) checkTest('axe audits', claim);
  const declared = auditSource.match(/withTags\(\[([^\]]*)\]\)/)?.[1]?.match(/'([^']+)'|"([^"]+)"/g)?.map((tag) => tag.slice(1, -1)) ?? [];
  if (declared.slice().sort().join() !== criteria.axe.tags.slice().sort().join()) problems.push(`axe audits: ${criteria.axe.spec} runs axe with the tags [${declared.join(', ')}], ${CRITERIA_FILE} says [${criteria.axe.tags.join(', ')}]`);
  return problems;
}
