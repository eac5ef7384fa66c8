/**
 * What the axe audits check, read from axe-core's own rule list (the copy @axe-core/playwright runs): which
 * rules run for the tags the tests give, and which WCAG success criteria and RGAA criteria each rule's tags
 * name. A rule maps to a criterion when it tests part of it; no rule proves a whole criterion.
 */
import { createRequire } from 'node:module';
import type axeCore from 'axe-core';

const require = createRequire(import.meta.url);
const axe = require(createRequire(require.resolve('@axe-core/playwright')).resolve('axe-core')) as typeof axeCore;

export const AXE_VERSION = axe.version;

export interface AxeRule {
  id: string;
  help: string;
  /** WCAG success criteria, "1.4.3". */
  wcag: string[];
  /** RGAA criteria, "3.2". */
  rgaa: string[];
}

/** axe leaves out rules tagged experimental or deprecated unless one of those tags is asked for. */
const EXCLUDED_UNLESS_ASKED = ['experimental', 'deprecated'];

const wcagCriterion = (tag: string) => tag.match(/^wcag(\d)(\d)(\d+)$/)?.slice(1).join('.');
const rgaaCriterion = (tag: string) => tag.match(/^RGAA-(\d+\.\d+)\.\d+$/)?.[1];

/** The rules an audit with these tags runs (`new AxeBuilder({ page }).withTags(tags)`). */
export function axeRulesRunBy(tags: readonly string[]): AxeRule[] {
  return axe
    .getRules()
    .filter((rule) => rule.tags.some((tag) => tags.includes(tag)) && !EXCLUDED_UNLESS_ASKED.some((tag) => rule.tags.includes(tag) && !tags.includes(tag)))
    .map((rule) => ({
      id: rule.ruleId,
      help: rule.help,
      wcag: [...new Set(rule.tags.map(wcagCriterion).filter((id): id is string => id !== undefined))],
      rgaa: [...new Set(rule.tags.map(rgaaCriterion).filter((id): id is string => id !== undefined))],
    }))
    .sort((a, b) => a.id.localeCompare(b.id));
}

export function rulesFor(rules: readonly AxeRule[], standard: 'wcag' | 'rgaa', id: string): AxeRule[] {
  return rules.filter((rule) => rule[standard].includes(id));
}
