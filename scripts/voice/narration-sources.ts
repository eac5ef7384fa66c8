/** The narration catalogue as the build sees it: the content, UI strings and written-out spoken texts read from disk. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Resource } from 'i18next';
import { buildContent, formatProblem, type Content, type ContentProblem } from '../../domain/content/build-content';
import { narrationCatalogue, type NarrationText } from '../../domain/narration/narration-catalogue';
import { applySpokenTexts, spokenTextsFile, WRITTEN_OUT_LANGUAGES } from '../../domain/narration/spoken-texts';
import { createUiText } from '../../domain/narration/ui-text';
import { PROJECT_ROOT, readContentSources, readUiResources } from '../content-sources';

function readSpokenTexts(language: (typeof WRITTEN_OUT_LANGUAGES)[number]): unknown {
  const file = spokenTextsFile(language);
  try {
    return JSON.parse(readFileSync(path.join(PROJECT_ROOT, file), 'utf8'));
  } catch (error) {
    throw new Error(`${file}: ${(error as Error).message}`);
  }
}

/**
 * The catalogue of the valid content with each written-out language's spoken lines; the content's problems, and
 * what is missing or stale in the spoken files.
 */
export function checkedNarrationCatalogue(): { catalogue: NarrationText[]; contentProblems: ContentProblem[]; spokenProblems: ContentProblem[] } {
  const { content, problems: contentProblems } = buildContent(readContentSources());
  return { ...spokenNarrationCatalogue(content), contentProblems };
}

/** The catalogue of some content, each written-out language speaking its spoken file; what that file misses or has stale. */
export function spokenNarrationCatalogue(content: Content): { catalogue: NarrationText[]; spokenProblems: ContentProblem[] } {
  let catalogue = narrationCatalogue(content, createUiText(readUiResources() as Resource, 'fr'));
  const spokenProblems: ContentProblem[] = [];
  for (const language of WRITTEN_OUT_LANGUAGES) {
    const applied = applySpokenTexts(catalogue, language, readSpokenTexts(language));
    catalogue = applied.catalogue;
    spokenProblems.push(...applied.problems);
  }
  return { catalogue, spokenProblems };
}

/** The catalogue the voice speaks: refused while the content is invalid or a spoken form is missing or stale. */
export function readNarrationCatalogue(): NarrationText[] {
  const { catalogue, contentProblems, spokenProblems } = checkedNarrationCatalogue();
  const problems = [...contentProblems, ...spokenProblems];
  if (problems.length > 0) throw new Error(`Content is invalid; fix it first (npm run content:check):\n  ${problems.map(formatProblem).join('\n  ')}`);
  return catalogue;
}
