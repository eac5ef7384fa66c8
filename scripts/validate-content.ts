/** Build-time content check: fails, naming file, item and field, on anything the kiosk would have to leave out or the voice would mangle. */
import { buildContent, formatProblem, type ContentProblem } from '../domain/content/build-content';
import { readContentSources } from './content-sources';
import { checkPronunciation } from './pronunciation-sources';

let problems: ContentProblem[];
try {
  problems = [...buildContent(readContentSources()).problems, ...checkPronunciation().problems];
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
