/** Where each narration clip of the build is: the manifest, with the URLs Vite gave the files. */
import manifestData from '../../../audio/manifest.json';
import type { Language } from '../../../contract/venue-config';
import type { ClipKey } from '../../../domain/narration/clip-keys';
import type { AudioManifest } from '../../../domain/narration/audio-manifest';
import type { ClipSource } from './narrator';

const audioUrls = import.meta.glob('../../../audio/*/*.opus', { eager: true, query: '?url', import: 'default' }) as Record<string, string>;
const timingUrls = import.meta.glob('../../../audio/*/*.timings.json', { eager: true, query: '?url', import: 'default' }) as Record<string, string>;

const manifest = manifestData as AudioManifest;
const byLanguage = new Map<string, ClipSource>();
for (const entry of manifest.entries) {
  const audioUrl = audioUrls[`../../../audio/${entry.file}`];
  const timingsUrl = timingUrls[`../../../audio/${entry.timings}`];
  if (audioUrl && timingsUrl) byLanguage.set(`${entry.language}/${entry.key}`, { audioUrl, timingsUrl, duration: entry.duration });
}

export function resolveClip(language: Language, key: ClipKey): ClipSource | undefined {
  return byLanguage.get(`${language}/${key}`);
}
