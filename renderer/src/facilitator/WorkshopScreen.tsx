import './facilitator.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { findItem } from '../../../domain/content/page-content';
import { clipKey } from '../../../domain/narration/clip-keys';
import { CONTROL_PICTOGRAMS } from '../../../domain/controls/control-pictograms';
import { useNarrator } from '../audio/narration-hooks';
import { IdleWarning } from '../components/IdleWarning';
import { ModalDialog } from '../components/ModalDialog';
import { Pictogram } from '../components/Pictogram';
import { PressableButton } from '../components/PressableButton';
import { useScrollFocus } from '../hooks/use-scroll-focus';
import { useContent } from '../content/content-context';
import { useKioskStore } from '../state/kiosk-store';
import { useFacilitatorStore, type Workshop } from './facilitator-store';
import { useWorkshopEnd } from './use-workshop-end';

function endsAtText(endsAt: number, language: string): string {
  return new Date(endsAt).toLocaleTimeString(language, { hour: '2-digit', minute: '2-digit' });
}

/**
 * "Workshop in progress", on every screen while one is: with the time it ends by itself, the way back to it,
 * and the warning before that end.
 */
export function WorkshopMarker() {
  const { t } = useTranslation();
  const workshop = useFacilitatorStore((s) => s.workshop);
  const showWorkshopView = useFacilitatorStore((s) => s.showWorkshopView);
  const language = useKioskStore((s) => s.language);
  const end = useWorkshopEnd();
  if (!workshop) return null;
  return (
    <aside className="workshop-marker" aria-label={t('workshop.inProgress')}>
      <p>
        <strong>{t('workshop.inProgress')}</strong> · {t('workshop.endsAt', { time: endsAtText(workshop.endsAt, language) })}
      </p>
      {workshop.view === null && <PressableButton className="action" uiKey="workshop.backToWorkshop" onPress={() => showWorkshopView('question')} />}
      {end.secondsLeft !== null && <IdleWarning secondsLeft={end.secondsLeft} onStillHere={end.keepGoing} />}
    </aside>
  );
}

function QuestionView({ workshop }: { workshop: Workshop }) {
  const { t } = useTranslation();
  const content = useContent();
  const language = useKioskStore((s) => s.language);
  const item = findItem(content, workshop.itemIds[workshop.index]!);
  if (!item) return null;
  const text = item.text[language];
  return (
    <article className="workshop-question-view" aria-labelledby="workshop-question">
      <p className="workshop-position">
        {t('workshop.position', { number: workshop.index + 1, total: workshop.itemIds.length })} · {text.title}
      </p>
      <Pictogram name={item.pictogram} className="workshop-pictogram" />
      <h1 id="workshop-question" className="workshop-question" tabIndex={-1}>
        {text.question}
      </h1>
    </article>
  );
}

/** In the bar, always in reach: hear the question, previous / next, the item itself, the list. */
function QuestionActions({ workshop }: { workshop: Workshop }) {
  const narrator = useNarrator();
  const go = useKioskStore((s) => s.go);
  const { showQuestion, showWorkshopView } = useFacilitatorStore.getState();
  const itemId = workshop.itemIds[workshop.index]!;
  return (
    <>
      {workshop.index > 0 && <PressableButton className="action" uiKey="workshop.previous" pictogram={CONTROL_PICTOGRAMS.back} directional onPress={() => showQuestion({ by: -1 })} />}
      <PressableButton className="action" uiKey="controls.question" pictogram={CONTROL_PICTOGRAMS.question} onPress={() => narrator.play([clipKey.item(itemId, 'question')])} />
      {workshop.index < workshop.itemIds.length - 1 && (
        <PressableButton className="action workshop-next" uiKey="workshop.next" pictogram={CONTROL_PICTOGRAMS.back} directional onPress={() => showQuestion({ by: 1 })} />
      )}
      <PressableButton
        className="action"
        uiKey="workshop.openItem"
        pictogram={CONTROL_PICTOGRAMS.moreDetail}
        onPress={() => {
          showWorkshopView(null);
          go({ name: 'item', itemId });
        }}
      />
      <PressableButton className="action" uiKey="workshop.questions" pictogram={CONTROL_PICTOGRAMS.questionList} onPress={() => showWorkshopView('list')} />
    </>
  );
}

/** Every question of the acts the workshop draws on; a question opens in the large view. */
function QuestionList({ workshop }: { workshop: Workshop }) {
  const { t } = useTranslation();
  const content = useContent();
  const language = useKioskStore((s) => s.language);
  const showQuestion = useFacilitatorStore((s) => s.showQuestion);
  const acts = content.acts.filter((act) => act.initiatives.some((item) => workshop.itemIds.includes(item.id)) || workshop.itemIds.includes(act.id));
  return (
    <section className="workshop-list" aria-labelledby="workshop-list-title">
      <h1 id="workshop-list-title" className="screen-title" tabIndex={-1}>
        {t('workshop.questions')}
      </h1>
      {acts.map((act) => (
        <section key={act.id} aria-labelledby={`questions-${act.id}`}>
          <h2 id={`questions-${act.id}`}>{t('workshop.actQuestions', { number: content.acts.indexOf(act) + 1 })}</h2>
          <ul className="workshop-list-items">
            {act.initiatives.map((item) => (
              <li key={item.id}>
                <PressableButton className="action" label={item.text[language].title} speak={clipKey.item(item.id, 'title')} pictogram={item.pictogram} onPress={() => showQuestion({ itemId: item.id })} />
                <p>{item.text[language].question}</p>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}

/**
 * Ending the workshop ends the group's visit too, from the screen the group faces: asked first. The safe
 * answer comes first and has focus; Escape is the same answer, and focus goes back to "end".
 */
function EndWorkshopDialog({ endsAt, onEnd, onCancel }: { endsAt: number; onEnd: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const language = useKioskStore((s) => s.language);
  return (
    <ModalDialog role="alertdialog" labelledBy="end-workshop-title" describedBy="end-workshop-text" onCancel={onCancel}>
      <h2 id="end-workshop-title" className="dialog-title">
        <Pictogram name={CONTROL_PICTOGRAMS.endWorkshop} className="dialog-pictogram" decorative />
        {t('workshop.end')}
      </h2>
      <p id="end-workshop-text">{t('workshop.endConfirm', { time: endsAtText(endsAt, language) })}</p>
      <div className="facilitator-actions">
        <PressableButton className="action" uiKey="workshop.backToWorkshop" onPress={onCancel} />
        <PressableButton className="action" uiKey="workshop.end" pictogram={CONTROL_PICTOGRAMS.endWorkshop} onPress={onEnd} />
      </div>
    </ModalDialog>
  );
}

/** The workshop's own screen: the large question view, or the list of questions, with the way to end it. */
export function WorkshopScreen({ onEnd }: { onEnd: () => void }) {
  const workshop = useFacilitatorStore((s) => s.workshop);
  const showWorkshopView = useFacilitatorStore((s) => s.showWorkshopView);
  const endWorkshop = useFacilitatorStore((s) => s.endWorkshop);
  const [confirming, setConfirming] = useState(false);
  const scrollFocus = useScrollFocus<HTMLElement>();
  if (!workshop) return null;
  return (
    <div className="workshop">
      <WorkshopMarker />
      <main className="workshop-main" {...scrollFocus}>
        {workshop.view === 'list' ? <QuestionList workshop={workshop} /> : <QuestionView workshop={workshop} />}
      </main>
      <nav className="workshop-bar">
        {workshop.view === 'list' ? (
          <PressableButton className="action" uiKey="workshop.backToWorkshop" onPress={() => showWorkshopView('question')} />
        ) : (
          <QuestionActions workshop={workshop} />
        )}
        <PressableButton className="action" uiKey="workshop.end" pictogram={CONTROL_PICTOGRAMS.endWorkshop} onPress={() => setConfirming(true)} />
      </nav>
      {confirming && (
        <EndWorkshopDialog
          endsAt={workshop.endsAt}
          onCancel={() => setConfirming(false)}
          onEnd={() => {
            endWorkshop();
            onEnd();
          }}
        />
      )}
    </div>
  );
}
