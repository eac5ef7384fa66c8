/**
 * The studio's view of the recordings: every language's recorded texts, read from the host, and the changes a
 * facilitator makes (keep a line, go back to synthesis, import). After each change the visitor side reads the
 * language again, so the next press plays what was just kept.
 */
import { useCallback, useEffect, useState } from 'react';
import type { RecordedLine, RecordedText, VoiceChangeReply } from '../../../contract/recorded-voices';
import type { Language } from '../../../contract/venue-config';
import type { ClipKey } from '../../../domain/narration/clip-keys';
import type { NarrationText } from '../../../domain/narration/narration-catalogue';
import { reloadRecordedVoices, syntheticClip } from '../audio/clip-library';
import { kioskApi } from '../platform/kiosk-api';
import { useSessionGuard } from '../facilitator/use-session-guard';
import { assembleClip, loadSyntheticReference } from './recorded-text-audio';
import { shownFingerprint } from './studio-texts';

export type Recordings = Map<Language, Map<string, RecordedText>>;

/** A change that the session's end interrupted, or the host refused. */
export type ChangeOutcome = VoiceChangeReply | { ok: false; reason: 'session-ended' };

const readRecordings = (languages: readonly Language[]) =>
  Promise.all(languages.map(async (language) => [language, new Map((await kioskApi.recordedVoices(language)).map((text) => [text.key, text]))] as const));

export function useRecordings(languages: readonly Language[]) {
  const guard = useSessionGuard();
  const [recordings, setRecordings] = useState<Recordings | null>(null);

  const reload = useCallback(async (changed: readonly Language[]) => {
    const read = await readRecordings(changed);
    setRecordings((current) => new Map([...(current ?? []), ...read]));
    await Promise.all(changed.map(reloadRecordedVoices));
  }, []);

  useEffect(() => {
    let current = true;
    void readRecordings(languages).then((read) => current && setRecordings(new Map(read)));
    return () => {
      current = false;
    };
  }, [languages]);

  const change = useCallback(
    async (languagesChanged: readonly Language[], request: () => Promise<VoiceChangeReply>): Promise<ChangeOutcome> => {
      const reply = await guard(request);
      if (reply?.ok) await reload(languagesChanged);
      return reply ?? { ok: false, reason: 'session-ended' };
    },
    [guard, reload],
  );

  /** Keeps a take; once every line holds a take for the words shown now, the text's clip is made. */
  const keepLine = useCallback(
    async (text: NarrationText, line: number, take: RecordedLine): Promise<ChangeOutcome & { complete?: boolean }> => {
      const existing = recordings?.get(text.language)?.get(text.key);
      const lines = text.lines.map((_, index) => (index === line ? take : (existing?.lines[index] ?? null)));
      const complete = lines.every((kept, index) => kept !== null && kept.text === text.lines[index]);
      let clip = null;
      if (complete) {
        const synthetic = syntheticClip(text.language, text.key as ClipKey);
        if (!synthetic) throw new Error(`${text.language}/${text.key}: no synthetic clip to align the recording with`);
        const reference = await loadSyntheticReference(synthetic.audioUrl, synthetic.timingsUrl);
        const lineWords = text.lines.map((_, line) => reference.words.filter((word) => word.line === line).sort((a, b) => a.word - b.word).map((word) => word.word));
        clip = await assembleClip(lines as RecordedLine[], lineWords, await shownFingerprint(text.lines), text.language);
      }
      const outcome = await change([text.language], () => kioskApi.saveRecordedText({ language: text.language, key: text.key, lines, clip }));
      return { ...outcome, complete };
    },
    [recordings, change],
  );

  const revert = useCallback((language: Language, keys: string[] | null) => change([language], () => kioskApi.removeRecordedTexts(language, keys)), [change]);

  const importTexts = useCallback(
    (texts: RecordedText[]) => change([...new Set(texts.map((text) => text.language))], () => kioskApi.importVoices(texts)),
    [change],
  );

  return { recordings, keepLine, revert, importTexts };
}
