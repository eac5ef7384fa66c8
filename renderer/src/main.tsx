import '@fontsource/atkinson-hyperlegible/400.css';
import '@fontsource/atkinson-hyperlegible/700.css';
import '@fontsource/noto-sans-arabic/400.css';
import '@fontsource/noto-sans-arabic/700.css';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { ClipRequest } from '../../domain/narration/clip-keys';
import { App } from './App';
import { resolveClip } from './audio/clip-library';
import { NarratorContext, useNarrationStore } from './audio/narration-hooks';
import { Narrator } from './audio/narrator';
import { ContentContext } from './content/content-context';
import { FocusRegistryContext } from './focus/focus-context';
import { FocusRegistry } from './focus/focus-registry';
import { loadKioskContent } from './content/kiosk-content';
import { initI18n } from './i18n';
import { kioskApi } from './platform/kiosk-api';
import { useKioskStore } from './state/kiosk-store';

/** Decoded audio kept in memory: about 4 minutes of speech at 48 kHz. */
const AUDIO_CACHE_BYTES = 48 * 1024 * 1024;

/** A request names its language, or is in the visitor's. */
function resolveNarration(request: ClipRequest) {
  if (typeof request === 'string') return resolveClip(useKioskStore.getState().language, request);
  return resolveClip(request.language, request.key);
}

async function boot() {
  // Problems with the venue configuration are logged by whoever read the file (main, or the browser preview).
  const { config } = await kioskApi.getVenueConfig();
  useKioskStore.getState().setVenue(config);
  initI18n(config.defaultLanguage);
  const content = loadKioskContent(kioskApi.log);
  const narrator = new Narrator({
    resolve: resolveNarration,
    cacheBytes: AUDIO_CACHE_BYTES,
    onState: (state) => useNarrationStore.setState(state),
    onProblem: (message) => kioskApi.log({ level: 'warn', scope: 'audio', message }),
    // A standard performance mark per narration start: seen in devtools, read by `npm run bench`.
    onStarted: (key, at, channel) => performance.mark('narration-start', { startTime: at, detail: { key, channel } }),
  });
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <ContentContext.Provider value={content}>
        <NarratorContext.Provider value={narrator}>
          <FocusRegistryContext.Provider value={new FocusRegistry()}>
            <App />
          </FocusRegistryContext.Provider>
        </NarratorContext.Provider>
      </ContentContext.Provider>
    </StrictMode>,
  );
}

void boot();
