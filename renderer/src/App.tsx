import { useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useNarrationStore, useNarrator } from './audio/narration-hooks';
import { ControlBar } from './components/ControlBar';
import { IdleWarning } from './components/IdleWarning';
import { useDocumentTitle } from './hooks/use-document-title';
import { useIdleReset } from './hooks/use-idle-reset';
import { useHeadingFocus } from './hooks/use-new-screen';
import { useScrollFocus } from './hooks/use-scroll-focus';
import { useFocusRegistry } from './focus/focus-context';
import { useVisitorInput } from './hooks/use-visitor-input';
import { kioskApi } from './platform/kiosk-api';
import { TEXT_DIRECTION } from './i18n';
import { ActScreen } from './screens/ActScreen';
import { AttractScreen } from './screens/AttractScreen';
import { CreditsScreen } from './screens/CreditsScreen';
import { HomeScreen } from './screens/HomeScreen';
import { InfoScreen } from './screens/InfoScreen';
import { ItemScreen } from './screens/ItemScreen';
import { SettingsScreen } from './screens/SettingsScreen';
import { CONTROL_PICTOGRAMS } from '../../domain/controls/control-pictograms';
import { Pictogram } from './components/Pictogram';
import { useDisplayedScreen } from './navigation/displayed-screen';
import { useKioskStore, type Screen } from './state/kiosk-store';
import { screenMarker } from '../../domain/navigation/screen';
import { useFacilitatorStore } from './facilitator/facilitator-store';
import { useFacilitator } from './facilitator/use-facilitator';
import { LazyFacilitatorMode, LazyWorkshopMarker, LazyWorkshopScreen } from './facilitator/lazy-views';

function CurrentScreen({ screen }: { screen: Screen }) {
  switch (screen.name) {
    case 'home':
      return <HomeScreen />;
    case 'act':
      return <ActScreen actId={screen.actId} />;
    case 'item':
      return <ItemScreen itemId={screen.itemId} />;
    case 'help':
      return <InfoScreen topic="help" />;
    case 'about':
      return <InfoScreen topic="about" />;
    case 'credits':
      return <CreditsScreen />;
    case 'settings':
      return <SettingsScreen />;
    case 'attract':
      return <AttractScreen />;
  }
}

export function App() {
  const { t, i18n } = useTranslation();
  const narrator = useNarrator();
  const language = useKioskStore((s) => s.language);
  const screen = useDisplayedScreen();
  const settings = useKioskStore((s) => s.settings);
  const failedKey = useNarrationStore((s) => s.failedKey);
  const endVisit = useCallback(() => {
    narrator.stop();
    void kioskApi.endVisit();
    useKioskStore.getState().endVisit();
  }, [narrator]);
  const idle = useIdleReset(endVisit);
  useFacilitator(endVisit);
  const facilitatorView = useFacilitatorStore((s) => s.view);
  const workshopView = useFacilitatorStore((s) => s.workshop?.view ?? null);
  const workshopRunning = useFacilitatorStore((s) => s.workshop !== null);
  const workshopQuestion = useFacilitatorStore((s) => s.workshop?.itemIds[s.workshop.index] ?? null);
  const focusRegistry = useFocusRegistry();
  useVisitorInput(narrator, focusRegistry, idle.secondsLeft !== null);
  // What is on screen: a visitor screen, a facilitator view, or a workshop view and its question.
  const viewKey = JSON.stringify([screen, facilitatorView, workshopView, workshopView === 'question' ? workshopQuestion : null]);
  useDocumentTitle(viewKey);
  useHeadingFocus(viewKey);
  const scrollFocus = useScrollFocus<HTMLElement>();

  useEffect(() => {
    void i18n.changeLanguage(language);
    document.documentElement.lang = language;
    document.documentElement.dir = TEXT_DIRECTION[language];
  }, [i18n, language]);

  useEffect(() => {
    document.documentElement.style.setProperty('--text-scale', String(settings.textScale));
    document.documentElement.dataset.contrast = settings.highContrast ? 'high' : 'normal';
    narrator.setRate(settings.speechRate);
    narrator.setVolumeDb(settings.volumeDb);
  }, [narrator, settings]);

  // Every screen says its name on arrival: started by the press itself (navigation/narrate-screen-changes).

  // A clip that cannot be played is heard as well as shown.
  useEffect(() => {
    if (failedKey) narrator.alert();
  }, [failedKey, narrator]);

  if (facilitatorView !== null) return <LazyFacilitatorMode onLeave={endVisit} />;
  if (workshopView !== null) return <LazyWorkshopScreen onEnd={endVisit} />;
  if (screen.name === 'attract') return <AttractScreen />;
  return (
    <div className="kiosk">
      {workshopRunning && <LazyWorkshopMarker />}
      <main className="screen" key={JSON.stringify(screen)} data-screen={screenMarker(screen)} {...scrollFocus}>
        <CurrentScreen screen={screen} />
      </main>
      {/* The live region exists before its message, so that screen readers announce the message. */}
      <div role="status" aria-live="polite">
        {failedKey && (
          <p className="notice">
            <span aria-hidden="true">
              <Pictogram name={CONTROL_PICTOGRAMS.soundMissing} className="button-pictogram" />
            </span>{' '}
            {t('audio.missing')}
          </p>
        )}
      </div>
      <ControlBar />
      {idle.secondsLeft !== null && <IdleWarning secondsLeft={idle.secondsLeft} onStillHere={idle.stillHere} />}
    </div>
  );
}
