import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useNarrator } from '../audio/narration-hooks';
import { clipKey, inLanguage } from '../../../domain/narration/clip-keys';
import { Pictogram } from '../components/Pictogram';
import { PressableButton } from '../components/PressableButton';
import { FocusGroup } from '../focus/focus-context';
import { CONTROL_PICTOGRAMS } from '../../../domain/controls/control-pictograms';
import { UI_RESOURCES } from '../i18n';
import { useKioskStore } from '../state/kiosk-store';

/** The screen between visitors: one touch anywhere on a language starts the visit in that language. */
export function AttractScreen() {
  const { t } = useTranslation();
  const languages = useKioskStore((s) => s.venue.languages);
  const chooseLanguage = useKioskStore((s) => s.chooseLanguage);
  const interval = useKioskStore((s) => s.venue.attractInvitationSeconds);
  const narrator = useNarrator();
  // The spoken invitation, in each offered language in turn, at the venue's interval.
  useEffect(() => {
    if (interval === 0) return;
    const timer = setInterval(() => narrator.play(languages.map((language) => inLanguage(language, clipKey.ui('attract.invitation')))), interval * 1000);
    return () => clearInterval(timer);
  }, [interval, languages, narrator]);
  return (
    <main className="attract">
      <h1 className="attract-title">{t('app.title')}</h1>
      <Pictogram name={CONTROL_PICTOGRAMS.touchHere} className="attract-hand" />
      <p className="attract-touch">{t('attract.touch')}</p>
      <FocusGroup>
      <ul className="language-list">
        {languages.map((language) => {
          const name = UI_RESOURCES[language].ui.language.name;
          return (
            <li key={language} lang={language} dir={language === 'ar' ? 'rtl' : 'ltr'}>
              <PressableButton className="language-button" label={name} speak={inLanguage(language, clipKey.ui('language.name'))} onPress={() => chooseLanguage(language)}>
                <span className="button-label">{name}</span>
              </PressableButton>
            </li>
          );
        })}
      </ul>
      </FocusGroup>
    </main>
  );
}
