import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { actLabel } from '../../../domain/narration/narration-catalogue';
import { clipKey } from '../../../domain/narration/clip-keys';
import { PressableButton } from '../components/PressableButton';
import { useContent } from '../content/content-context';
import { kioskApi } from '../platform/kiosk-api';
import { useKioskStore } from '../state/kiosk-store';
import { useFacilitatorStore } from './facilitator-store';
import { useSessionGuard } from './use-session-guard';
import { saveMessage } from './save-message';
import { WorkshopSheet } from './WorkshopSheet';

/** The facilitator chooses a whole act or some initiatives, saves the participants' sheet, and starts the workshop. */
export function WorkshopSetup() {
  const { t, i18n } = useTranslation();
  const content = useContent();
  const language = useKioskStore((s) => s.language);
  const maxMinutes = useKioskStore((s) => s.venue.workshopMaxMinutes);
  const startWorkshop = useFacilitatorStore((s) => s.startWorkshop);
  const guard = useSessionGuard();
  const [chosen, setChosen] = useState<string[]>([]);
  const [message, setMessage] = useState<string | null>(null);

  const toggle = (ids: string[]) => {
    setMessage(null);
    setChosen((current) => {
      const allIn = ids.every((id) => current.includes(id));
      const rest = current.filter((id) => !ids.includes(id));
      return allIn ? rest : [...rest, ...ids];
    });
  };
  // In the programme's order, whatever the order of the taps.
  const ordered = content.acts.flatMap((act) => act.initiatives.map((item) => item.id)).filter((id) => chosen.includes(id));

  const start = () => {
    if (ordered.length === 0) return setMessage(t('facilitator.workshop.none'));
    kioskApi.countUsage({ kind: 'workshop' });
    kioskApi.log({ level: 'info', scope: 'workshop', message: `workshop started: ${ordered.join(', ')}` });
    void kioskApi.facilitatorLeave();
    startWorkshop(ordered, maxMinutes);
  };
  const saveSheet = async () => {
    if (ordered.length === 0) return setMessage(t('facilitator.workshop.none'));
    const result = await guard(() => kioskApi.saveWorkshopSheet());
    if (result) setMessage(saveMessage(t, result));
  };

  return (
    <section aria-labelledby="workshop-setup-title" className="facilitator-section">
      <h1 id="workshop-setup-title" className="screen-title" tabIndex={-1}>
        {t('facilitator.menu.workshop')}
      </h1>
      <p>{t('facilitator.workshop.choose')}</p>
      {content.acts.map((act, index) => {
        const ids = act.initiatives.map((item) => item.id);
        return (
          <fieldset key={act.id} className="workshop-act">
            <legend>
              <PressableButton
                className="action"
                label={actLabel(i18n, language, index, act.text[language].title)}
                speak={clipKey.actLabel(act.id)}
                pressed={ids.every((id) => chosen.includes(id))}
                onPress={() => toggle(ids)}
              />
            </legend>
            <ul className="workshop-choices">
              {act.initiatives.map((item) => (
                <li key={item.id}>
                  <PressableButton
                    className="action"
                    label={item.text[language].title}
                    speak={clipKey.item(item.id, 'title')}
                    pictogram={item.pictogram}
                    pressed={chosen.includes(item.id)}
                    onPress={() => toggle([item.id])}
                  />
                </li>
              ))}
            </ul>
          </fieldset>
        );
      })}
      <p role="status">{t('facilitator.workshop.chosen', { count: ordered.length })}</p>
      <div className="facilitator-actions">
        <PressableButton className="action" uiKey="facilitator.workshop.sheet" onPress={() => void saveSheet()} />
        <PressableButton className="action" uiKey="facilitator.workshop.start" onPress={start} />
      </div>
      {message && (
        <p role="alert" className="facilitator-alert">
          {message}
        </p>
      )}
      <WorkshopSheet itemIds={ordered} />
    </section>
  );
}
