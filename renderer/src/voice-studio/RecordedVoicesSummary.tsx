import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../contract/venue-config';
import type { ClipKey } from '../../../domain/narration/clip-keys';
import type { NarrationText } from '../../../domain/narration/narration-catalogue';
import { syntheticClip } from '../audio/clip-library';
import { kioskApi } from '../platform/kiosk-api';
import { textStatus, type TextStatus } from './studio-texts';

type Counts = Record<TextStatus, number>;

/** For the content check: per language, how many texts visitors hear recorded, synthesised, in progress, or recorded for words that changed. */
export function RecordedVoicesSummary({ catalogue, languages, round }: { catalogue: readonly NarrationText[]; languages: readonly Language[]; round: number }) {
  const { t, i18n } = useTranslation();
  const [counts, setCounts] = useState<Map<Language, Counts> | null>(null);

  useEffect(() => {
    let current = true;
    void Promise.all(
      languages.map(async (language) => {
        const recorded = new Map((await kioskApi.recordedVoices(language)).map((text) => [text.key, text]));
        const counts: Counts = { recorded: 0, synthesised: 0, partial: 0, 'to-check': 0 };
        for (const text of catalogue) {
          if (text.language === language) counts[textStatus(text, recorded.get(text.key), syntheticClip(language, text.key as ClipKey)?.shown)]++;
        }
        return [language, counts] as const;
      }),
    ).then((entries) => current && setCounts(new Map(entries)));
    return () => {
      current = false;
    };
  }, [catalogue, languages, round]);

  const columns: TextStatus[] = ['recorded', 'synthesised', 'partial', 'to-check'];
  return (
    <table className="check-table">
      <caption>{t('studio.check.title')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('studio.check.language')}</th>
          {columns.map((column) => (
            <th key={column} scope="col">
              {t(`studio.check.${column === 'to-check' ? 'toCheck' : column}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {languages.map((language) => (
          <tr key={language} className={(counts?.get(language)?.['to-check'] ?? 0) > 0 ? 'check-problem' : undefined}>
            <th scope="row" lang={language}>
              {i18n.getFixedT(language)('language.name')}
            </th>
            {columns.map((column) => (
              <td key={column}>{counts?.get(language)?.[column] ?? '…'}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
