import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { manifestUrl } from 'virtual:audio-files';
import type { AudioManifest } from '../../../domain/narration/audio-manifest';
import { narrationCatalogue } from '../../../domain/narration/narration-catalogue';
import type { ItemField } from '../../../domain/narration/clip-keys';
import { resolveClip } from '../audio/clip-library';
import { PressableButton } from '../components/PressableButton';
import { useContent } from '../content/content-context';
import { PICTOGRAM_URLS } from '../content/kiosk-content';
import { sha256Hex } from '../content/sha256-hex';
import { kioskApi } from '../platform/kiosk-api';
import { useKioskStore } from '../state/kiosk-store';
import { checkContent, problemCount, type ItemCheck } from './content-check';
import { useSessionGuard } from './use-session-guard';
import { RecordedVoicesSummary } from '../voice-studio/RecordedVoicesSummary';

/**
 * The full audio manifest (hashes of what each clip says), fetched only for this check. Unreadable, it lists no
 * clip, so every clip is reported: nothing can be vouched for.
 */
async function fetchManifest(): Promise<AudioManifest> {
  try {
    const response = await fetch(new URL(manifestUrl, document.baseURI), { cache: 'no-store' });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return (await response.json()) as AudioManifest;
  } catch (error) {
    kioskApi.log({ level: 'error', scope: 'content-check', message: `${manifestUrl} unreadable: ${(error as Error).message}` });
    return { version: 1, entries: [] };
  }
}

/** A file is there when it can be read and starts as it should (Ogg audio, word timings, an SVG). */
async function fileOk(url: string, kind: 'audio' | 'timings' | 'pictogram'): Promise<boolean> {
  try {
    // Of a clip, only its first bytes are read.
    const response = await fetch(url, { cache: 'no-store', headers: kind === 'audio' ? { Range: 'bytes=0-3' } : {} });
    if (!response.ok) return false;
    if (kind === 'timings') return Array.isArray(((await response.json()) as { words?: unknown }).words);
    if (kind === 'audio') return new TextDecoder('latin1').decode((await response.arrayBuffer()).slice(0, 4)) === 'OggS';
    return (await response.text()).includes('<svg');
  } catch {
    return false;
  }
}

/** Per language, every item: text, pictogram, clips and word timings present and up to date; and the log's last problems. */
export function ContentCheck() {
  const { t, i18n } = useTranslation();
  const content = useContent();
  const languages = useKioskStore((s) => s.venue.languages);
  const guard = useSessionGuard();
  const [checks, setChecks] = useState<ItemCheck[] | null>(null);
  const [logProblems, setLogProblems] = useState<string[]>([]);

  const [round, setRound] = useState(0);
  const catalogue = useMemo(() => narrationCatalogue(content, i18n), [content, i18n]);

  useEffect(() => {
    void guard(() => kioskApi.recentProblems()).then((problems) => setLogProblems(problems ?? []));
  }, [guard, round]);

  const check = useCallback(
    async () =>
        checkContent({
          items: content.acts.flatMap((act) => [act, ...act.initiatives]),
          languages,
          manifest: await fetchManifest(),
          catalogue,
          pictogramUrl: (name) => PICTOGRAM_URLS.get(name),
          clipUrls: resolveClip,
          fileOk,
          sha256: sha256Hex,
        }),
    [content, languages, catalogue],
  );

  useEffect(() => {
    let current = true;
    void check().then((result) => {
      if (current) setChecks(result);
    });
    return () => {
      current = false;
    };
  }, [check, round]);

  const cell = (missing: ItemField[], stale: ItemField[] = []) => {
    if (missing.length === 0 && stale.length === 0) return t('facilitator.check.ok');
    return [missing.length > 0 && t('facilitator.check.missing', { what: missing.join(', ') }), stale.length > 0 && t('facilitator.check.stale', { what: stale.join(', ') })].filter(Boolean).join(' · ');
  };
  const total = checks?.reduce((sum, check) => sum + problemCount(check), 0) ?? 0;

  return (
    <section aria-labelledby="content-check-title" className="facilitator-section">
      <h1 id="content-check-title" className="screen-title" tabIndex={-1}>
        {t('facilitator.check.title')}
      </h1>
      <p role="status">{checks === null ? t('facilitator.check.running') : total === 0 ? t('facilitator.check.allGood') : t('facilitator.check.problemCount', { count: total })}</p>
      <PressableButton
        className="action"
        uiKey="facilitator.check.run"
        onPress={() => {
          setChecks(null);
          setRound((n) => n + 1);
        }}
      />
      {checks &&
        languages.map((language) => (
          <table key={language} className="check-table">
            <caption lang={language}>{i18n.getFixedT(language)('language.name')}</caption>
            <thead>
              <tr>
                {(['item', 'text', 'pictogram', 'clips', 'timings'] as const).map((column) => (
                  <th key={column} scope="col">
                    {t(`facilitator.check.${column}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {checks
                .filter((check) => check.language === language)
                .map((check) => (
                  <tr key={check.itemId} className={problemCount(check) > 0 ? 'check-problem' : undefined}>
                    <th scope="row" lang={language}>
                      {check.title}
                    </th>
                    <td>{cell(check.missingText)}</td>
                    <td>{check.pictogramOk ? t('facilitator.check.ok') : t('facilitator.check.missing', { what: 'SVG' })}</td>
                    <td>{cell(check.missingClips, check.staleClips)}</td>
                    <td>{cell(check.missingTimings)}</td>
                  </tr>
                ))}
            </tbody>
          </table>
        ))}
      {checks && <RecordedVoicesSummary catalogue={catalogue} languages={languages} round={round} />}
      <h2>{t('facilitator.check.log')}</h2>
      {logProblems.length === 0 ? (
        <p>{t('facilitator.check.noLog')}</p>
      ) : (
        <ul className="check-log">
          {logProblems.map((line, index) => (
            <li key={index} dir="ltr">
              {line}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
