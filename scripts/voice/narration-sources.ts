/** The narration catalogue as the build sees it: the content and UI strings read from disk. */
import type { Resource } from 'i18next';
import { buildContent, formatProblem } from '../../domain/content/build-content';
import { narrationCatalogue, type NarrationText } from '../../domain/narration/narration-catalogue';
import { createUiText } from '../../domain/narration/ui-text';
import { readContentSources, readUiResources } from '../content-sources';

export function readNarrationCatalogue(): NarrationText[] {
  const { content, problems } = buildContent(readContentSources());
  if (problems.length > 0) throw new Error(`Content is invalid; fix it first (npm run content:check):\n  ${problems.map(formatProblem).join('\n  ')}`);
  return narrationCatalogue(content, createUiText(readUiResources() as Resource, 'fr'));
}
