/** The kiosk's content as the page loads it: bundled data, validated at load; a bad item is left out and logged. */
import structure from '../../../assets/content/programme.json';
import ar from '../../../locales/ar/programme.json';
import en from '../../../locales/en/programme.json';
import es from '../../../locales/es/programme.json';
import fr from '../../../locales/fr/programme.json';
import type { LogEntry } from '../../../contract/kiosk-api';
import { buildContent, formatProblem, type Content } from '../../../domain/content/build-content';

const pictogramFiles = import.meta.glob('../../../assets/pictograms/*.svg', { eager: true, query: '?url', import: 'default' }) as Record<string, string>;

export const PICTOGRAM_URLS: ReadonlyMap<string, string> = new Map(
  Object.entries(pictogramFiles).map(([file, url]) => [file.slice(file.lastIndexOf('/') + 1, -'.svg'.length), url]),
);

export function loadKioskContent(log: (entry: LogEntry) => void): Content {
  const { content, problems } = buildContent({ structure, locales: { fr, en, es, ar }, pictograms: new Set(PICTOGRAM_URLS.keys()) });
  for (const problem of problems) log({ level: 'error', scope: 'content', message: `left out: ${formatProblem(problem)}` });
  return content;
}
