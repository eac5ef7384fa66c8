import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../contract/venue-config';
import { narrationCatalogue } from '../../../domain/narration/narration-catalogue';
import { PressableButton } from '../components/PressableButton';
import { useContent } from '../content/content-context';
import { useFacilitatorStore } from '../facilitator/facilitator-store';
import { saveMessage } from '../facilitator/save-message';
import { useSessionGuard } from '../facilitator/use-session-guard';
import { TEXT_DIRECTION } from '../i18n';
import { kioskApi } from '../platform/kiosk-api';
import { useKioskStore } from '../state/kiosk-store';
import { useStudioStore } from './studio-store';
import { studioGroups } from './studio-texts';
import { groupTitle, useTextName } from './VoiceStudio';

/** Each language's pronunciation lexicon (written form → how the voice says it), loaded with the script only. */
const PRONUNCIATIONS = import.meta.glob<Record<string, string>>('../../../locales/*/pronunciation.json', { import: 'words' });

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The written forms of the lexicon a line contains, with how to say them: names and acronyms above all. */
export function pronunciationNotes(line: string, words: Record<string, string>): string[] {
  return Object.entries(words)
    .filter(([written]) => /\p{L}/u.test(written) && new RegExp(`(^|[^\\p{L}\\p{N}])${escape(written)}($|[^\\p{L}\\p{N}])`, written === written.toLowerCase() ? 'iu' : 'u').test(line))
    .map(([written, spoken]) => `${written} → « ${spoken} »`);
}

/** The printable recording script of a text group: every line numbered, as the voice must say it, with notes. */
export function RecordingScript() {
  const { t, i18n } = useTranslation();
  const content = useContent();
  const languages = useKioskStore((s) => s.venue.languages);
  const { language: chosen, groupId } = useStudioStore();
  const show = useFacilitatorStore((s) => s.show);
  const guard = useSessionGuard();
  const name = useTextName();
  const [words, setWords] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const language: Language = chosen && languages.includes(chosen) ? chosen : languages[0]!;
  const groups = useMemo(() => studioGroups(content, narrationCatalogue(content, i18n), language), [content, i18n, language]);
  const group = groups.find((entry) => entry.id === groupId) ?? groups[0]!;

  useEffect(() => {
    void PRONUNCIATIONS[`../../../locales/${language}/pronunciation.json`]?.().then(setWords);
  }, [language]);

  let number = 0;
  return (
    <section aria-labelledby="script-title" className="facilitator-section">
      <article className="print-sheet recording-script">
        <h1 id="script-title" className="screen-title" tabIndex={-1}>
          {t('studio.scriptTitle', { group: groupTitle(t, group) })}
        </h1>
        <p>{t('studio.scriptIntro')}</p>
        {group.texts.map((text) => (
          <section key={text.key} aria-labelledby={`script-${text.key.replace(/[^a-z0-9-]/gi, '-')}`}>
            <h2 id={`script-${text.key.replace(/[^a-z0-9-]/gi, '-')}`}>{name(text)}</h2>
            <ol className="script-lines">
              {text.spokenLines.map((spoken, index) => {
                number++;
                const notes = pronunciationNotes(text.lines[index] ?? spoken, words);
                return (
                  <li key={index} value={number}>
                    <p lang={language} dir={TEXT_DIRECTION[language]} className="script-line">
                      {language === 'ar' ? spoken : text.lines[index]}
                    </p>
                    {notes.length > 0 && <p className="script-notes">{t('studio.scriptNotes', { notes: notes.join(' ; ') })}</p>}
                  </li>
                );
              })}
            </ol>
          </section>
        ))}
      </article>
      <div className="studio-actions">
        <PressableButton
          className="action"
          label={t('studio.scriptSave')}
          onPress={async () => {
            const result = await guard(() => kioskApi.saveVoiceScript());
            if (result) setMessage(saveMessage(t, result));
          }}
        />
        <PressableButton className="action" label={t('studio.back')} onPress={() => show('voice')} />
      </div>
      <p role="status">{message}</p>
    </section>
  );
}
