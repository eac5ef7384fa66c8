import '@fontsource/atkinson-hyperlegible/400.css';
import '@fontsource/atkinson-hyperlegible/700.css';
import '@fontsource/noto-sans-arabic/400.css';
import '@fontsource/noto-sans-arabic/700.css';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { LANGUAGES, type Language } from '../../contract/venue-config';
import { App } from './App';
import { resolveClip } from './audio/clip-library';
import { NarratorContext, useNarrationStore } from './audio/narration-hooks';
import { Narrator } from './audio/narrator';
import { ContentContext } from './content/content-context';
import { loadKioskContent } from './content/kiosk-content';
import { initI18n } from './i18n';
import { kioskApi } from './platform/kiosk-api';
import { useKioskStore } from './state/kiosk-store';

/** Decoded audio kept in memory: about 4 minutes of speech at 48 kHz. */
const AUDIO_CACHE_BYTES = 48 * 1024 * 1024;

/** A key may name its language ("ar:ui.language.name"), else the visitor's language is used. */
function resolveNarration(key: string) {
  const match = /^([a-z]{2}):(.+)$/.exec(key);
  if (match && (LANGUAGES as readonly string[]).includes(match[1])) return resolveClip(match[1] as Language, match[2]);
  return resolveClip(useKioskStore.getState().language, key);
}

async function boot() {
  const { config, problems } = await kioskApi.getVenueConfig();
  for (const problem of problems) kioskApi.log({ level: 'warn', scope: 'venue-config', message: `${problem.field}: ${problem.message}` });
  useKioskStore.getState().setVenue(config);
  await initI18n(config.defaultLanguage);
  const content = loadKioskContent(kioskApi.log);
  const narrator = new Narrator({
    resolve: resolveNarration,
    cacheBytes: AUDIO_CACHE_BYTES,
    onState: (state) => useNarrationStore.setState(state),
    onProblem: (message) => kioskApi.log({ level: 'warn', scope: 'audio', message }),
    // A standard performance mark per narration start: seen in devtools, read by `npm run bench`.
    onStarted: (key, at) => performance.mark('narration-start', { startTime: at, detail: { key } }),
  });
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <ContentContext.Provider value={content}>
        <NarratorContext.Provider value={narrator}>
          <App />
        </NarratorContext.Provider>
      </ContentContext.Provider>
    </StrictMode>,
  );
}

void boot();
