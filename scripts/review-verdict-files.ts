/** Reads the reviewers' verdict files (reviews/<lang>.csv) and holds them against the current texts. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Content, ContentProblem } from '../domain/content/build-content';
import { reviewGroups, reviewLines, type ReviewGroup } from '../domain/content/review-lines';
import { checkVerdicts, parseVerdicts, type VerdictRow, type VerdictSummary } from '../domain/content/review-verdicts';
import { LANGUAGES, type Language } from '../domain/languages';
import { localeFile, PROJECT_ROOT } from './content-sources';
import { fingerprintLines } from './line-fingerprint';
import { spokenNarrationCatalogue } from './voice/narration-sources';

export const verdictFile = (language: Language) => `reviews/${language}.csv`;

/** The review of some built content: its items, words and references with the lines the kiosk displays and says. */
export function contentReview(content: Content): ReviewGroup[] {
  return reviewGroups(content, spokenNarrationCatalogue(content).catalogue);
}

/** A language's verdicts; a language nobody has reviewed yet has no file, and no verdicts. */
export function readVerdicts(language: Language, root = PROJECT_ROOT): { rows: VerdictRow[]; problems: ContentProblem[] } {
  const file = verdictFile(language);
  const absolute = path.join(root, file);
  if (!existsSync(absolute)) return { rows: [], problems: [] };
  return parseVerdicts(readFileSync(absolute, 'utf8'), file);
}

export function checkReviewVerdicts(content: Content, root = PROJECT_ROOT): { problems: ContentProblem[]; summaries: Record<Language, VerdictSummary> } {
  const groups = contentReview(content);
  const problems: ContentProblem[] = [];
  const summaries = {} as Record<Language, VerdictSummary>;
  for (const language of LANGUAGES) {
    const { rows, problems: malformed } = readVerdicts(language, root);
    const current = fingerprintLines(reviewLines(groups, language));
    const checked = checkVerdicts(rows, current, verdictFile(language), localeFile(language));
    problems.push(...malformed, ...checked.problems);
    summaries[language] = checked.summary;
  }
  return { problems, summaries };
}
