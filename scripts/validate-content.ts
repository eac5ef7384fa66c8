/** Build-time content check: fails, naming file, item and field, on anything the kiosk would have to leave out or the voice would mangle. */
import { buildContent, formatProblem, type ContentProblem } from '../domain/content/build-content';
import { readContentSources } from './content-sources';
import { checkReviewVerdicts } from './review-verdict-files';
import { checkPronunciation } from './pronunciation-sources';

let problems: ContentProblem[];
try {
  const built = buildContent(readContentSources());
  // Reviewers' verdicts (reviews/<lang>.csv): a line marked "to fix" fails until its text changes.
  problems = [...built.problems, ...checkReviewVerdicts(built.content).problems, ...checkPronunciation().problems];
} catch (error) {
  console.error(`Content cannot be read: ${(error as Error).message}`);
  process.exit(1);
}
if (problems.length > 0) {
  console.error(`Content is invalid (${problems.length} problem${problems.length === 1 ? '' : 's'}):`);
  for (const problem of problems) console.error(`  ${formatProblem(problem)}`);
  process.exit(1);
}
console.log('Content is valid in every language, and every spoken text is covered by its pronunciation lexicon.');
