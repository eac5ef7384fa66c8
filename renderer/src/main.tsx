import '@fontsource/atkinson-hyperlegible/400.css';
import '@fontsource/atkinson-hyperlegible/700.css';
import '@fontsource/noto-sans-arabic/400.css';
import '@fontsource/noto-sans-arabic/700.css';
import './styles.css';
import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { FIRST_SCREEN_SHELL } from '../../contract/first-screen-shell';
import { BOOT_MARKS } from '../../contract/recovery-backoff';
import { DEFAULT_VENUE_CONFIG } from '../../contract/venue-defaults';
import type { ClipRequest } from '../../domain/narration/clip-keys';
import { loadClipIndex, reloadRecordedVoices, resolveClip } from './audio/clip-library';
import { NarratorContext, useNarrationStore } from './audio/narration-hooks';
import { ensureAudioOutput } from './audio/audio-output';
import { Narrator } from './audio/narrator';
import { App } from './App';
import { ContentContext } from './content/content-context';
import { kioskContent, loadLanguageTexts } from './content/kiosk-content';
import { FocusRegistryContext } from './focus/focus-context';
import { FocusRegistry } from './focus/focus-registry';
import { initI18n } from './i18n';
import { showChosenScreen } from './navigation/displayed-screen';
import { narrateScreenChanges } from './navigation/narrate-screen-changes';
import { kioskApi } from './platform/kiosk-api';
import { BootReport } from './recovery/BootReport';
import { ErrorBoundary } from './recovery/ErrorBoundary';
import { preloadFacilitatorViews } from './facilitator/lazy-views';
import { preloadQrCodes } from './components/QrCode';
import { OutOfOrderScreen } from './recovery/OutOfOrderScreen';
import { describeError, PageRecovery } from './recovery/page-recovery';
import { useKioskStore } from './state/kiosk-store';

/** Decoded audio kept in memory: about 4 minutes of speech at 48 kHz. */
const AUDIO_CACHE_BYTES = 48 * 1024 * 1024;
/** A clip (a few hundred kB from the local disk) not decoded after this long will not be: the visit goes on. */
const CLIP_LOAD_TIMEOUT_MS = 8000;
/** Narration-start marks kept for devtools and `npm run bench`: the oldest are cleared, all day long. */
const MAX_NARRATION_MARKS = 100;

/** A request names its language, or is in the visitor's. */
function resolveNarration(request: ClipRequest) {
  if (typeof request === 'string') return resolveClip(useKioskStore.getState().language, request);
  return resolveClip(request.language, request.key);
}

const root = createRoot(document.getElementById('root')!, {
  // An error a boundary caught is logged by the page recovery, once.
  onCaughtError: () => undefined,
  onUncaughtError: (error) => recovery.fatal('render-error', error),
  onRecoverableError: (error) => kioskApi.log({ level: 'warn', scope: 'page', message: `recovered: ${describeError(error)}` }),
});
let narrator: Narrator | null = null;
const recovery = new PageRecovery(kioskApi, () => {
  // The page's own recovery has taken over: the boot watchdog script stands down.
  document.documentElement.setAttribute(BOOT_MARKS.pageFailed, '');
  root.render(<OutOfOrderScreen languages={useKioskStore.getState().venue.languages} narrator={narrator} />);
});
recovery.install(window);

function markNarrationStart(key: string, at: number, channel: 'narration' | 'name') {
  // The marks there are, not a count of those made: whoever cleared them (devtools, a test) starts the count over.
  if (performance.getEntriesByName('narration-start').length >= MAX_NARRATION_MARKS) performance.clearMarks('narration-start');
  // A standard performance mark per narration start: seen in devtools, read by the tests.
  performance.mark('narration-start', { startTime: at, detail: { key, channel } });
  // The last name said, on the page's root as well: read where performance marks are not (a test's fake clock).
  if (channel === 'name') document.documentElement.dataset.lastName = key;
}

/**
 * The narration's state on the page's root (`data-narration="playing"`, `data-narration-key="item.anlci.easy"`):
 * what is playing can be seen in devtools and waited for by tests, without reading the app's state.
 */
function markNarrationState({ status, key }: { status: string; key: string | null }) {
  const root = document.documentElement.dataset;
  if (root.narration !== status) root.narration = status;
  if (root.narrationKey !== (key ?? '')) root.narrationKey = key ?? '';
}

async function boot() {
  // Problems with the venue configuration are logged by whoever read the file (main, or the browser preview).
  const { config } = await kioskApi.getVenueConfig().catch((error: unknown) => {
    kioskApi.log({ level: 'error', scope: 'page', message: `venue configuration unavailable, defaults used: ${describeError(error)}` });
    return { config: DEFAULT_VENUE_CONFIG };
  });
  useKioskStore.getState().setVenue(config);
  // Every offered language's clip index: the first screen speaks in all of them. A language whose index cannot
  // be read stays silent, and says so in the log; the page goes on.
  const indexes = Promise.allSettled(
    config.languages.map((language) =>
      loadClipIndex(language).catch((error: unknown) => kioskApi.log({ level: 'error', scope: 'audio', message: `clip index of ${language} unavailable: ${describeError(error)}` })),
    ),
  );
  initI18n(config.defaultLanguage);
  narrator = new Narrator({
    resolve: resolveNarration,
    cacheBytes: AUDIO_CACHE_BYTES,
    loadTimeoutMs: CLIP_LOAD_TIMEOUT_MS,
    onState: (state) => {
      useNarrationStore.setState(state);
      markNarrationState(state);
    },
    onProblem: (message) => kioskApi.log({ level: 'warn', scope: 'audio', message }),
    onStarted: markNarrationStart,
  });
  const content = kioskContent();
  // The first screen starts a visit in the default language at a touch: its texts come with the clip indexes.
  // The other languages' texts follow once the first screen is drawn.
  await Promise.all([loadLanguageTexts(config.defaultLanguage), indexes]);
  narrateScreenChanges(narrator, content);
  // A visitor may have chosen on the first screen the build drew, before this script loaded: the visit starts
  // in that language (if the venue offers it) as it would have at a touch on the app's own first screen. The
  // app draws over that screen in the same task, so no touch falls between the two; after a choice, touches
  // have nothing more to choose, and the app first loads the language's texts so that it draws the visit
  // itself, never its own first screen over the choice shown.
  const chosen = (await window.kelvoaFirstScreen?.handOver()) ?? null;
  const offered = chosen === FIRST_SCREEN_SHELL.venueLanguage ? config.defaultLanguage : config.languages.find((language) => language === chosen);
  if (offered) {
    // A failure is the screen's to report, as for any visit's screen (displayed-screen.ts).
    await loadLanguageTexts(offered).catch(() => undefined);
    useKioskStore.getState().chooseLanguage(offered);
    showChosenScreen();
  }
  flushSync(() =>
    root.render(
      <StrictMode>
        <ErrorBoundary recovery={recovery}>
          <ContentContext.Provider value={content}>
            <NarratorContext.Provider value={narrator}>
              <FocusRegistryContext.Provider value={new FocusRegistry()}>
                <App />
                <BootReport api={kioskApi} />
              </FocusRegistryContext.Provider>
            </NarratorContext.Provider>
          </ContentContext.Provider>
        </ErrorBoundary>
      </StrictMode>,
    ),
  );
  // After the first screen: the audio output (if nothing has needed it yet), the venue's recordings, the offered languages' texts, so that a visitor's choice is drawn at once, the QR
  // codes of the initiatives, then the facilitator mode and the workshop, ready before anyone holds the corner. A failure is only logged: what is
  // needed is tried again when it is needed.
  requestIdleCallback(
    () => {
      ensureAudioOutput();
      for (const language of config.languages) {
        // The venue's recordings (in the preview, in IndexedDB behind a chunk of their own).
        void loadClipIndex(language).then(() => reloadRecordedVoices(language), () => undefined);
        loadLanguageTexts(language).catch((error: unknown) => kioskApi.log({ level: 'error', scope: 'content', message: `texts not preloaded: ${describeError(error)}` }));
      }
      preloadQrCodes().catch((error: unknown) => kioskApi.log({ level: 'warn', scope: 'page', message: `QR codes not preloaded: ${describeError(error)}` }));
      preloadFacilitatorViews((message) => kioskApi.log({ level: 'warn', scope: 'page', message }));
    },
    { timeout: 2000 },
  );
}

boot().catch((error: unknown) => recovery.fatal('content-unavailable', error));
