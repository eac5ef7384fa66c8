import './facilitator.css';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FacilitatorState } from '../../../contract/kiosk-api';
import type { UiTextKey } from '../../../domain/narration/clip-keys';
import { IdleWarning } from '../components/IdleWarning';
import { PressableButton } from '../components/PressableButton';
import { useScrollFocus } from '../hooks/use-scroll-focus';
import { kioskApi } from '../platform/kiosk-api';
import { ContentCheck } from './ContentCheck';
import { useFacilitatorStore, type FacilitatorView } from './facilitator-store';
import { useFacilitatorSession } from './use-facilitator-session';
import { useSessionGuard } from './use-session-guard';
import { PinPad } from './PinPad';
import { UsageCounts } from './UsageCounts';
import { VenueSettingsForm } from './VenueSettingsForm';
import { RecordingScript } from '../voice-studio/RecordingScript';
import { VoiceStudio } from '../voice-studio/VoiceStudio';
import { WorkshopSetup } from './WorkshopSetup';

const SECTIONS: { view: FacilitatorView; uiKey: UiTextKey }[] = [
  { view: 'workshop', uiKey: 'facilitator.menu.workshop' },
  { view: 'settings', uiKey: 'facilitator.menu.settings' },
  { view: 'usage', uiKey: 'facilitator.menu.usage' },
  { view: 'check', uiKey: 'facilitator.menu.contentCheck' },
  { view: 'voice', uiKey: 'facilitator.menu.voice' },
];

function Menu({ state, onLeave }: { state: FacilitatorState | null; onLeave: () => void }) {
  const { t } = useTranslation();
  const show = useFacilitatorStore((s) => s.show);
  const guard = useSessionGuard();
  return (
    <section aria-labelledby="facilitator-menu-title" className="facilitator-section">
      <h1 id="facilitator-menu-title" className="screen-title" tabIndex={-1}>
        {t('facilitator.menu.title')}
      </h1>
      <ul className="facilitator-menu">
        {SECTIONS.map(({ view, uiKey }) => (
          <li key={view}>
            <PressableButton className="action" uiKey={uiKey} onPress={() => show(view)} />
          </li>
        ))}
        <li>
          <PressableButton className="action" uiKey="facilitator.menu.restart" onPress={() => void guard(() => kioskApi.restartKiosk())} />
        </li>
        {state?.canExitToDesktop && (
          <li>
            <PressableButton className="action" uiKey="facilitator.menu.exitToDesktop" onPress={() => void guard(() => kioskApi.exitToDesktop())} />
          </li>
        )}
        <li>
          <PressableButton className="action" uiKey="facilitator.menu.leave" onPress={onLeave} />
        </li>
      </ul>
    </section>
  );
}

/** The facilitator mode, over the kiosk: PIN pad, then its menu and sections. */
export function FacilitatorMode({ onLeave }: { onLeave: () => void }) {
  const { t } = useTranslation();
  const view = useFacilitatorStore((s) => s.view);
  const show = useFacilitatorStore((s) => s.show);
  const [state, setState] = useState<FacilitatorState | null>(null);

  const leave = useCallback(() => {
    void kioskApi.facilitatorLeave();
    const { workshop, close, showWorkshopView } = useFacilitatorStore.getState();
    close();
    // Leaving during a workshop goes back to it; otherwise to the visitor kiosk's start.
    if (workshop) showWorkshopView('question');
    else onLeave();
  }, [onLeave]);

  useEffect(() => {
    void kioskApi.facilitatorState().then(setState);
  }, []);

  const session = useFacilitatorSession(leave);
  const scrollFocus = useScrollFocus<HTMLElement>();

  return (
    <div className="facilitator">
      <header className="facilitator-header">
        <p className="facilitator-mark">{t('facilitator.title')}</p>
        {state?.preview && <p className="facilitator-preview">{t('facilitator.preview')}</p>}
        {view !== 'pin' && view !== 'menu' && <PressableButton className="action" uiKey="facilitator.menu.title" onPress={() => show('menu')} />}
      </header>
      <main className="facilitator-main" {...scrollFocus}>
        {view === 'pin' && <PinPad onCancel={leave} />}
        {view === 'menu' && <Menu state={state} onLeave={leave} />}
        {view === 'workshop' && <WorkshopSetup />}
        {view === 'settings' && <VenueSettingsForm />}
        {view === 'usage' && <UsageCounts />}
        {view === 'check' && <ContentCheck />}
        {view === 'voice' && <VoiceStudio />}
        {view === 'voiceScript' && <RecordingScript />}
      </main>
      {session.secondsLeft !== null && <IdleWarning secondsLeft={session.secondsLeft} onStillHere={session.stillHere} />}
    </div>
  );
}
