/** The narration catalogue as the build sees it: the content and UI strings read from disk. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Language } from '../../contract/venue-config';
import { narrationCatalogue, type NarrationText, type UiStrings } from '../../domain/narration/narration-catalogue';
import { buildContent, formatProblem } from '../../domain/content/build-content';
import { perLanguage } from '../../domain/languages';
import { PROJECT_ROOT, readContentSources } from '../content-sources';

export function readNarrationCatalogue(): NarrationText[] {
  const { content, problems } = buildContent(readContentSources());
  if (problems.length > 0) throw new Error(`Content is invalid; fix it first (npm run content:check):\n  ${problems.map(formatProblem).join('\n  ')}`);
  const ui = perLanguage((language: Language) => JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'locales', language, 'ui.json'), 'utf8')) as UiStrings);
  return narrationCatalogue(content, ui);
}
