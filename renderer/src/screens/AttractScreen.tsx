import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useNarrator } from '../audio/narration-hooks';
import { clipKey, inLanguage } from '../../../domain/narration/clip-keys';
import { Pictogram } from '../components/Pictogram';
import { PressableButton } from '../components/PressableButton';
import { FocusGroup } from '../focus/focus-context';
import { CONTROL_PICTOGRAMS } from '../../../domain/controls/control-pictograms';
import { TEXT_DIRECTION, UI_RESOURCES } from '../i18n';
import { useKioskStore } from '../state/kiosk-store';

/**
 * The screen between visitors. A touch anywhere starts the visit in the venue's language; a touch on a
 * language starts it in that language. It speaks its invitation (in every offered language in turn) as soon
 * as someone comes near — the first touch or movement of a pointer — and again at the venue's interval; the
 * invitation is also written on screen, each in its own language.
 */
export function AttractScreen() {
  const { t } = useTranslation();
  const languages = useKioskStore((s) => s.venue.languages);
  const defaultLanguage = useKioskStore((s) => s.venue.defaultLanguage);
  const chooseLanguage = useKioskStore((s) => s.chooseLanguage);
  const interval = useKioskStore((s) => s.venue.attractInvitationSeconds);
  const narrator = useNarrator();
  const screen = useRef<HTMLElement>(null);

  useEffect(() => {
    const invite = () => narrator.play(languages.map((language) => inLanguage(language, clipKey.ui('attract.invitation'))));
    const timer = interval > 0 ? setInterval(invite, interval * 1000) : undefined;
    // Someone has come near: the first pointer movement or touch, once per wait between visitors.
    const approach = () => {
      window.removeEventListener('pointermove', approach);
      window.removeEventListener('pointerdown', approach);
      invite();
    };
    window.addEventListener('pointermove', approach, { passive: true });
    window.addEventListener('pointerdown', approach, { passive: true });
    return () => {
      clearInterval(timer);
      window.removeEventListener('pointermove', approach);
      window.removeEventListener('pointerdown', approach);
    };
  }, [interval, languages, narrator]);

  // A touch on the screen outside the language buttons keeps the promise of the invitation: the visit starts.
  useEffect(() => {
    const element = screen.current;
    if (!element) return;
    const start = (event: MouseEvent) => {
      if (event.target instanceof Element && event.target.closest('button')) return;
      chooseLanguage(defaultLanguage);
    };
    element.addEventListener('click', start);
    return () => element.removeEventListener('click', start);
  }, [chooseLanguage, defaultLanguage]);

  return (
    <main ref={screen} className="attract" data-screen="attract">
      <h1 className="attract-title" tabIndex={-1}>
        {t('app.title')}
      </h1>
      <Pictogram name={CONTROL_PICTOGRAMS.touchHere} className="attract-hand" />
      <FocusGroup name="groups.languages">
        <ul className="language-list">
          {languages.map((language) => {
            const { name } = UI_RESOURCES[language].ui.language;
            return (
              <li key={language} lang={language} dir={TEXT_DIRECTION[language]} className={language === defaultLanguage ? 'default-language' : undefined}>
                <PressableButton className="language-button" label={name} speak={inLanguage(language, clipKey.ui('language.name'))} onPress={() => chooseLanguage(language)}>
                  <span className="button-label">{name}</span>
                </PressableButton>
                <p className="attract-invitation">{UI_RESOURCES[language].ui.attract.invitation}</p>
              </li>
            );
          })}
        </ul>
      </FocusGroup>
    </main>
  );
}
