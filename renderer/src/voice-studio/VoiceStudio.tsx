import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecordedText } from '../../../contract/recorded-voices';
import { MAX_TAKE_SECONDS } from '../../../contract/recorded-voices';
import type { Language } from '../../../contract/venue-config';
import type { ClipKey } from '../../../domain/narration/clip-keys';
import { narrationCatalogue, type NarrationText } from '../../../domain/narration/narration-catalogue';
import { syntheticClip } from '../audio/clip-library';
import { ModalDialog } from '../components/ModalDialog';
import { PressableButton } from '../components/PressableButton';
import { useContent } from '../content/content-context';
import { TEXT_DIRECTION } from '../i18n';
import { useFacilitatorStore } from '../facilitator/facilitator-store';
import { saveMessage } from '../facilitator/save-message';
import { useSessionGuard } from '../facilitator/use-session-guard';
import { kioskApi } from '../platform/kiosk-api';
import { useKioskStore } from '../state/kiosk-store';
import { playOggOpus } from './studio-player';
import { useStudioStore } from './studio-store';
import { languageProgress, lineStatus, studioGroups, textStatus, type StudioGroup } from './studio-texts';
import { useLineTake } from './use-line-take';
import { useRecordings, type ChangeOutcome } from './use-recordings';

type Confirm = { kind: 'text'; text: NarrationText } | { kind: 'language'; language: Language } | { kind: 'import'; name: string; texts: RecordedText[]; toCheck: number; unknown: number };

/** How a text is named in the studio: its field for an item, its field and word for the lexicon, its words for a label. */
export function useTextName() {
  const { t } = useTranslation();
  const content = useContent();
  return (text: NarrationText): ReactNode => {
    const [kind, id, field] = text.key.split('.');
    const fieldName = t(`studio.field.${field as 'title'}`);
    if (kind === 'item') return fieldName;
    const word = content.lexicon.find((entry) => entry.id === id)?.text[text.language].word;
    if (kind === 'lexicon' && word) {
      return (
        <>
          {fieldName} –{' '}
          <span lang={text.language} dir={TEXT_DIRECTION[text.language]}>
            {word}
          </span>
        </>
      );
    }
    return (
      <span lang={text.language} dir={TEXT_DIRECTION[text.language]}>
        {text.lines[0] ?? text.key}
      </span>
    );
  };
}

export const groupTitle = (t: ReturnType<typeof useTranslation>['t'], group: StudioGroup) =>
  group.kind === 'lexicon' ? t('studio.groupLexicon') : group.kind === 'labels' ? t('studio.groupLabels') : (group.title ?? group.id);

/** The voice studio: record a human voice for every line, per language; hear it, keep it, or go back. */
export function VoiceStudio() {
  const { t, i18n } = useTranslation();
  const content = useContent();
  const languages = useKioskStore((s) => s.venue.languages);
  const { language: chosen, groupId, choose } = useStudioStore();
  const show = useFacilitatorStore((s) => s.show);
  const guard = useSessionGuard();
  const { recordings, keepLine, revert, importTexts } = useRecordings(languages);
  const [message, setMessage] = useState<string | null>(null);
  const [confirm, setConfirm] = useState<Confirm | null>(null);
  const language = chosen && languages.includes(chosen) ? chosen : languages[0]!;
  const catalogue = useMemo(() => narrationCatalogue(content, i18n), [content, i18n]);
  const groups = useMemo(() => studioGroups(content, catalogue, language), [content, catalogue, language]);
  const group = groups.find((entry) => entry.id === groupId) ?? groups[0]!;
  const recorded = recordings?.get(language) ?? new Map<string, RecordedText>();
  const languageName = (code: Language) => i18n.getFixedT(code)('language.name');

  const say = (outcome: ChangeOutcome, done: string) => {
    if (outcome.ok) setMessage(done);
    else if (outcome.reason !== 'session-ended') setMessage(t(`studio.changeFailed.${outcome.reason}`));
  };

  const startImport = async () => {
    const choice = await guard(() => kioskApi.chooseVoicesFile());
    if (!choice) return;
    if (choice.status === 'canceled') return setMessage(t('facilitator.result.canceled'));
    if (choice.status === 'failed') return setMessage(t(`studio.importFailed.${choice.reason as 'damaged'}`, { defaultValue: t('facilitator.result.failed', { reason: choice.reason }) }));
    const known = new Map(catalogue.map((text) => [`${text.language}/${text.key}`, text]));
    const texts = choice.texts.filter((text) => known.has(`${text.language}/${text.key}`));
    if (texts.length === 0) return setMessage(t('studio.importFailed.nothing'));
    const toCheck = texts.filter((text) => {
      const current = known.get(`${text.language}/${text.key}`)!;
      return current.lines.some((_, line) => lineStatus(current, text, line) !== 'recorded');
    }).length;
    setConfirm({ kind: 'import', name: choice.name, texts, toCheck, unknown: choice.texts.length - texts.length });
  };

  const confirmed = async () => {
    if (!confirm) return;
    setConfirm(null);
    if (confirm.kind === 'import') say(await importTexts(confirm.texts), t('studio.importDone'));
    else if (confirm.kind === 'text') say(await revert(confirm.text.language, [confirm.text.key]), t('studio.reverted'));
    else say(await revert(confirm.language, null), t('studio.reverted'));
  };

  return (
    <section aria-labelledby="studio-title" className="facilitator-section voice-studio">
      <h1 id="studio-title" className="screen-title" tabIndex={-1}>
        {t('studio.title')}
      </h1>
      <p>{t('studio.intro')}</p>
      <div role="group" aria-labelledby="studio-language" className="studio-languages">
        <p id="studio-language">{t('studio.language')}</p>
        {languages.map((code) => {
          const progress = languageProgress(
            catalogue.filter((text) => text.language === code),
            recordings?.get(code) ?? new Map(),
          );
          return (
            <PressableButton key={code} className="action" pressed={code === language} label={t('studio.progress', { language: languageName(code), count: progress.recorded, total: progress.total })} onPress={() => choose({ language: code, groupId: null })} />
          );
        })}
      </div>
      <label className="studio-group">
        {t('studio.group')}
        <select value={group.id} onChange={(event) => choose({ groupId: event.target.value })}>
          {groups.map((entry) => (
            <option key={entry.id} value={entry.id}>
              {groupTitle(t, entry)}
            </option>
          ))}
        </select>
      </label>
      <div className="studio-actions">
        <PressableButton className="action" label={t('studio.script')} onPress={() => show('voiceScript')} />
        <PressableButton
          className="action"
          label={t('studio.export')}
          onPress={async () => {
            const result = await guard(() => kioskApi.exportVoices());
            if (result) setMessage(saveMessage(t, result));
          }}
        />
        <PressableButton className="action" label={t('studio.import')} onPress={() => void startImport()} />
        <PressableButton className="action" label={t('studio.revertLanguage')} onPress={() => setConfirm({ kind: 'language', language })} />
      </div>
      <p role="status" className="studio-message">
        {message}
      </p>
      {recordings &&
        group.texts.map((text) => (
          <StudioText key={`${language}/${text.key}`} text={text} recorded={recorded.get(text.key)} onKeep={keepLine} onMessage={setMessage} onRevert={() => setConfirm({ kind: 'text', text })} />
        ))}
      {confirm && (
        <ModalDialog role="alertdialog" labelledBy="studio-confirm" onCancel={() => setConfirm(null)}>
          <p id="studio-confirm">
            {confirm.kind === 'import'
              ? t('studio.importSummary', { name: confirm.name, texts: confirm.texts.length, toCheck: confirm.toCheck, unknown: confirm.unknown })
              : confirm.kind === 'text'
                ? t('studio.confirmRevertText')
                : t('studio.confirmRevertLanguage', { language: languageName(confirm.language) })}
          </p>
          <PressableButton className="action" label={confirm.kind === 'import' ? t('studio.importApply') : t('studio.erase')} onPress={() => void confirmed()} />
          <PressableButton className="action" label={t('studio.cancel')} onPress={() => setConfirm(null)} />
        </ModalDialog>
      )}
    </section>
  );
}

interface StudioTextProps {
  text: NarrationText;
  recorded: RecordedText | undefined;
  onKeep: ReturnType<typeof useRecordings>['keepLine'];
  onMessage: (message: string) => void;
  onRevert: () => void;
}

function StudioText({ text, recorded, onKeep, onMessage, onRevert }: StudioTextProps) {
  const { t } = useTranslation();
  const name = useTextName();
  const synthetic = syntheticClip(text.language, text.key as ClipKey);
  const status = textStatus(text, recorded, synthetic?.shown);
  const id = `studio-text-${text.key.replace(/[^a-z0-9-]/gi, '-')}`;
  const statusKey = status === 'to-check' ? 'toCheck' : status;
  return (
    <article aria-labelledby={id} className="studio-text">
      <h2 id={id}>{name(text)}</h2>
      <p className={`studio-text-status status-${status}`}>{t(`studio.textStatus.${statusKey}`)}</p>
      <ol className="studio-lines">
        {text.lines.map((_, index) => (
          <StudioLine key={index} text={text} line={index} recorded={recorded} onKeep={onKeep} onMessage={onMessage} />
        ))}
      </ol>
      {recorded && <PressableButton className="action" label={t('studio.revertText')} onPress={onRevert} />}
    </article>
  );
}

interface StudioLineProps {
  text: NarrationText;
  line: number;
  recorded: RecordedText | undefined;
  onKeep: ReturnType<typeof useRecordings>['keepLine'];
  onMessage: (message: string) => void;
}

function StudioLine({ text, line, recorded, onKeep, onMessage }: StudioLineProps) {
  const { t } = useTranslation();
  const { state, record, stop, reset } = useLineTake(text.language, text.lines[line]!, line, syntheticClip(text.language, text.key as ClipKey));
  const [saving, setSaving] = useState(false);
  const status = lineStatus(text, recorded, line);
  const said = text.language === 'ar' ? text.spokenLines[line] : text.lines[line];
  const kept = recorded?.lines[line];
  const labelId = `${text.key}-line-${line}`.replace(/[^a-z0-9-]/gi, '-');

  const playSynthetic = async () => {
    const source = syntheticClip(text.language, text.key as ClipKey);
    if (!source) return;
    const [audio, timings] = await Promise.all([fetch(source.audioUrl).then((r) => r.arrayBuffer()), fetch(source.timingsUrl).then((r) => r.json() as Promise<{ words: { line: number; start: number; end: number }[] }>)]);
    const words = timings.words.filter((word) => word.line === line);
    const span = words.length > 0 ? { from: Math.min(...words.map((w) => w.start)), to: Math.max(...words.map((w) => w.end)) } : undefined;
    await playOggOpus(new Uint8Array(audio), span);
  };

  const keep = async () => {
    if (state.phase !== 'review') return;
    setSaving(true);
    try {
      const outcome = await onKeep(text, line, state.line);
      if (outcome.ok) {
        reset();
        onMessage(outcome.complete ? t('studio.textDone') : t('studio.kept'));
      } else if (outcome.reason !== 'session-ended') onMessage(t(`studio.changeFailed.${outcome.reason}`));
    } catch (error) {
      onMessage(t('facilitator.result.failed', { reason: (error as Error).message }));
    } finally {
      setSaving(false);
    }
  };

  return (
    <li className="studio-line" aria-labelledby={labelId}>
      <p className="studio-line-number">{t('studio.lineNumber', { number: line + 1 })}</p>
      <p id={labelId} className="studio-line-text" lang={text.language} dir={TEXT_DIRECTION[text.language]}>
        {said}
      </p>
      <p className={`studio-line-status status-${status}`}>{t(`studio.status.${status === 'to-check' ? 'toCheck' : status}`)}</p>
      <div className="studio-line-actions">
        <PressableButton className="action" label={t('studio.listenSynthetic')} onPress={() => void playSynthetic()} />
        {kept && state.phase === 'idle' && <PressableButton className="action" label={t('studio.listen')} onPress={() => void playOggOpus(kept.audio)} />}
        {(state.phase === 'idle' || state.phase === 'failed') && <PressableButton className="action" label={t('studio.record')} onPress={() => void record()} />}
        {state.phase === 'recording' && <PressableButton className="action" label={t('studio.stop')} onPress={stop} />}
        {state.phase === 'review' && (
          <>
            <PressableButton className="action" label={t('studio.listen')} onPress={() => void playOggOpus(state.line.audio)} />
            <PressableButton className="action" label={t('studio.keep')} disabled={saving} onPress={() => void keep()} />
            <PressableButton className="action" label={t('studio.redo')} disabled={saving} onPress={() => void record()} />
          </>
        )}
        {state.phase === 'refused' && <PressableButton className="action" label={t('studio.redo')} onPress={() => void record()} />}
      </div>
      <p role="status" className="studio-take">
        {state.phase === 'countdown' && t('studio.countdown', { seconds: state.count })}
        {state.phase === 'recording' && t('studio.recording')}
        {state.phase === 'processing' && t('studio.processing')}
        {state.phase === 'refused' && t(`studio.problem.${state.problem}`, { seconds: MAX_TAKE_SECONDS })}
        {state.phase === 'failed' && t('studio.microphoneUnavailable', { reason: state.reason })}
      </p>
    </li>
  );
}
