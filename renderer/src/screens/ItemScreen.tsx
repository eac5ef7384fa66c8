import { useCallback, useRef, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { ForeignText } from '../components/ForeignText';
import { NarratedText } from '../components/NarratedText';
import { Pictogram } from '../components/Pictogram';
import { PressableButton } from '../components/PressableButton';
import { QrCode } from '../components/QrCode';
import { ScrollArea } from '../components/ScrollArea';
import { useContent, useLexiconForms } from '../content/content-context';
import { findItem } from '../../../domain/content/page-content';
import { lexiconIdsIn } from '../../../domain/content/line-segments';
import { clipKey, type ClipKey } from '../../../domain/narration/clip-keys';
import { lexiconOpenLabel, presenterLine } from '../../../domain/narration/narration-catalogue';
import { CONTROL_PICTOGRAMS } from '../../../domain/controls/control-pictograms';
import { useNarrationPosition, useNarrationStore, useNarrator } from '../audio/narration-hooks';
import type { NarrationPosition } from '../audio/narrator';
import type { Language } from '../../../domain/languages';
import { useKioskStore } from '../state/kiosk-store';
import { FocusGroup } from '../focus/focus-context';
import { LexiconDialog } from './LexiconDialog';
import { actNumberOf } from './act-number';

/**
 * An initiative (or an act in brief), laid out for a listener: a big picture and the title; one row of
 * pictured buttons, each reaching one part of the page in one press and saying it (the text in more detail,
 * who presents it, the question to the visitor, where to know more); then the text with the line and the
 * word being said marked, and the parts, each under its own picture. Page buttons appear when it is too long.
 */
export function ItemScreen({ itemId }: { itemId: string }) {
  const { t, i18n } = useTranslation();
  const content = useContent();
  const language = useKioskStore((s) => s.language);
  const showFullText = useKioskStore((s) => s.showFullText);
  const largeText = useKioskStore((s) => s.settings.textScale > 1);
  const setShowFullText = useKioskStore((s) => s.setShowFullText);
  const openWord = useKioskStore((s) => s.openWord);
  const setOpenWord = useKioskStore((s) => s.setOpenWord);
  const narrator = useNarrator();
  const item = findItem(content, itemId);
  const level = showFullText ? 'full' : 'easy';
  const spoken = useNarrationPosition(clipKey.item(itemId, level));
  const presenterSpoken = useNarrationPosition(clipKey.item(itemId, 'presenter'));
  const questionSpoken = useNarrationPosition(clipKey.item(itemId, 'question'));
  const speakingKey = useNarrationStore((s) => (s.status === 'idle' ? null : s.key));
  const lexiconForms = useLexiconForms(language);
  const presenterSection = useRef<HTMLElement>(null);
  const questionSection = useRef<HTMLElement>(null);
  const referencesSection = useRef<HTMLElement>(null);
  const closeWord = useCallback(() => {
    setOpenWord(null);
    narrator.stop();
  }, [setOpenWord, narrator]);
  const openLexicon = useCallback(
    (id: string) => {
      setOpenWord(id);
      narrator.play([clipKey.lexicon(id, 'word'), clipKey.lexicon(id, 'explanation')]);
    },
    [setOpenWord, narrator],
  );
  if (!item) return null;
  const text = item.text[language];
  const words = lexiconIdsIn(text.easy, lexiconForms).map((id) => content.lexicon.find((entry) => entry.id === id)!);

  const toggleDetail = () => {
    const next = !showFullText;
    setShowFullText(next);
    narrator.play([clipKey.item(item.id, next ? 'full' : 'easy')]);
  };
  /** One press: the part comes into view and is said. */
  const reach = (section: RefObject<HTMLElement | null>, clips: ClipKey[]) => {
    section.current?.scrollIntoView({ block: 'start', behavior: 'smooth' });
    narrator.play(clips);
  };
  const referenceClips = item.references.map((reference) => clipKey.reference(reference.id));

  return (
    <article className={largeText ? 'item large-text' : 'item'} aria-labelledby="item-title" data-act={actNumberOf(content, item.id)}>
      <div className="item-side">
        <header className="item-header">
          <span className="item-plate">
            <Pictogram name={item.pictogram} className="item-pictogram" />
          </span>
          <h1 id="item-title" className="screen-title" tabIndex={-1}>
            <ForeignText text={text.title} language={language} />
          </h1>
        </header>
        <FocusGroup name="groups.sections">
          <div className="section-buttons">
            <PressableButton
              className="action section-button"
              uiKey={showFullText ? 'controls.lessDetail' : 'controls.moreDetail'}
              pictogram={showFullText ? CONTROL_PICTOGRAMS.lessDetail : CONTROL_PICTOGRAMS.moreDetail}
              onPress={toggleDetail}
            />
            <PressableButton
              className="action section-button"
              uiKey="controls.presenter"
              pictogram={CONTROL_PICTOGRAMS.presenter}
              onPress={() => reach(presenterSection, [clipKey.ui('controls.presenter'), clipKey.item(item.id, 'presenter')])}
            />
            <PressableButton
              className="action section-button"
              uiKey="controls.question"
              pictogram={CONTROL_PICTOGRAMS.question}
              onPress={() => reach(questionSection, [clipKey.ui('item.question'), clipKey.item(item.id, 'question')])}
            />
            {item.references.length > 0 && (
              <PressableButton
                className="action section-button"
                uiKey="controls.references"
                pictogram={CONTROL_PICTOGRAMS.references}
                onPress={() => reach(referencesSection, [clipKey.ui('item.references'), ...referenceClips])}
              />
            )}
          </div>
        </FocusGroup>
      </div>
      <ScrollArea className="item-body" label={t(showFullText ? 'item.fullText' : 'item.easyText')}>
        {showFullText ? (
          <NarratedText as="div" className="full-text" lines={text.full} language={language} spoken={spoken} />
        ) : (
          <NarratedText as="ol" className="easy-text" lines={text.easy} language={language} spoken={spoken} onLexiconWord={openLexicon} />
        )}
        {!showFullText && words.length > 0 && (
          <section className="lexicon-words" aria-labelledby="lexicon-words-title">
            <h2 id="lexicon-words-title">{t('lexicon.words')}</h2>
            <FocusGroup name="lexicon.words">
              <ul>
                {words.map((entry) => (
                  <li key={entry.id}>
                    <PressableButton
                      className="action word-button"
                      label={lexiconOpenLabel(i18n, language, entry.text[language].word)}
                      speak={clipKey.lexiconOpen(entry.id)}
                      pictogram={entry.pictogram}
                      onPress={() => openLexicon(entry.id)}
                    >
                      <span className="button-label">
                        <ForeignText text={entry.text[language].word} language={language} />
                      </span>
                    </PressableButton>
                  </li>
                ))}
              </ul>
            </FocusGroup>
          </section>
        )}
        <SpokenSection
          id="presenter"
          sectionRef={presenterSection}
          pictogram={CONTROL_PICTOGRAMS.presenter}
          heading={t('controls.presenter')}
          line={presenterLine(i18n, language, text)}
          language={language}
          spoken={presenterSpoken}
        />
        <SpokenSection id="question" sectionRef={questionSection} pictogram={CONTROL_PICTOGRAMS.question} heading={t('item.question')} line={text.question} language={language} spoken={questionSpoken} />
        {item.references.length > 0 && (
          <section ref={referencesSection} className="item-section references" aria-labelledby="references-title">
            <Pictogram name={CONTROL_PICTOGRAMS.references} className="section-pictogram" decorative />
            <div>
              <h2 id="references-title">{t('item.references')}</h2>
              <ul>
                {item.references.map((reference) => (
                  <li key={reference.id} className="reference" data-speaking={speakingKey === clipKey.reference(reference.id) ? '' : undefined}>
                    {reference.url && <QrCode value={reference.url} label={t('item.qr', { url: reference.url })} />}
                    <div>
                      <p className="reference-label">
                        <ForeignText text={reference.label[language]} language={language} />
                      </p>
                      <p className="reference-url" dir="ltr">
                        {reference.url ?? t('item.noAddress')}
                      </p>
                    </div>
                  </li>
                ))}
              </ul>
            </div>
          </section>
        )}
      </ScrollArea>
      {openWord && <LexiconDialog lexiconId={openWord} onClose={closeWord} />}
    </article>
  );
}

/** One part of an initiative under its picture and heading, its one line marked word by word as it is said. */
function SpokenSection({
  id,
  sectionRef,
  pictogram,
  heading,
  line,
  language,
  spoken,
}: {
  id: 'presenter' | 'question';
  sectionRef: RefObject<HTMLElement | null>;
  pictogram: string;
  heading: string;
  line: string;
  language: Language;
  spoken: NarrationPosition | null;
}) {
  return (
    <section ref={sectionRef} className="item-section" aria-labelledby={`${id}-title`} data-speaking={spoken ? '' : undefined}>
      <Pictogram name={pictogram} className="section-pictogram" decorative />
      <div>
        <h2 id={`${id}-title`}>{heading}</h2>
        <NarratedText as="div" className={`section-text ${id}`} lines={[line]} language={language} spoken={spoken} />
      </div>
    </section>
  );
}
