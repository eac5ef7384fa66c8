import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { NarratedText } from '../components/NarratedText';
import { Pictogram } from '../components/Pictogram';
import { PressableButton } from '../components/PressableButton';
import { QrCode } from '../components/QrCode';
import { useContent, useLexiconForms } from '../content/content-context';
import { findItem } from '../../../domain/content/build-content';
import { lexiconIdsIn } from '../../../domain/content/line-segments';
import { clipKey } from '../../../domain/narration/clip-keys';
import { lexiconOpenLabel } from '../../../domain/narration/narration-catalogue';
import { CONTROL_PICTOGRAMS } from '../../../domain/controls/control-pictograms';
import { useNarrationPosition, useNarrator } from '../audio/narration-hooks';
import { useKioskStore } from '../state/kiosk-store';
import { FocusGroup } from '../focus/focus-context';
import { LexiconDialog } from './LexiconDialog';

export function ItemScreen({ itemId }: { itemId: string }) {
  const { t, i18n } = useTranslation();
  const content = useContent();
  const language = useKioskStore((s) => s.language);
  const showFullText = useKioskStore((s) => s.showFullText);
  const setShowFullText = useKioskStore((s) => s.setShowFullText);
  const openWord = useKioskStore((s) => s.openWord);
  const setOpenWord = useKioskStore((s) => s.setOpenWord);
  const narrator = useNarrator();
  const item = findItem(content, itemId);
  const level = showFullText ? 'full' : 'easy';
  const spoken = useNarrationPosition(clipKey.item(itemId, level));
  const lexiconForms = useLexiconForms(language);
  const closeWord = useCallback(() => {
    setOpenWord(null);
    narrator.stop();
  }, [setOpenWord, narrator]);
  if (!item) return null;
  const text = item.text[language];
  const words = lexiconIdsIn(text.easy, lexiconForms).map((id) => content.lexicon.find((entry) => entry.id === id)!);
  const openLexicon = (id: string) => {
    setOpenWord(id);
    narrator.play([clipKey.lexicon(id, 'word'), clipKey.lexicon(id, 'explanation')]);
  };

  const toggleDetail = () => {
    const next = !showFullText;
    setShowFullText(next);
    narrator.play([clipKey.item(item.id, next ? 'full' : 'easy')]);
  };

  return (
    <article className="item" aria-labelledby="item-title">
      <header className="item-header">
        <Pictogram name={item.pictogram} className="item-pictogram" />
        <h1 id="item-title" className="screen-title">{text.title}</h1>
      </header>
      <FocusGroup>
      <div className="item-actions">
        <PressableButton className="action" uiKey={showFullText ? 'controls.lessDetail' : 'controls.moreDetail'} onPress={toggleDetail} pictogram={showFullText ? CONTROL_PICTOGRAMS.lessDetail : CONTROL_PICTOGRAMS.moreDetail} />
        <PressableButton className="action" uiKey="controls.question" onPress={() => narrator.play([clipKey.item(item.id, 'question')])} pictogram={CONTROL_PICTOGRAMS.question} />
      </div>
      </FocusGroup>
      <section aria-label={t(showFullText ? 'item.fullText' : 'item.easyText')}>
        {showFullText ? (
          <NarratedText as="div" className="full-text" lines={text.full} language={language} spoken={spoken} />
        ) : (
          <NarratedText as="ol" className="easy-text" lines={text.easy} language={language} spoken={spoken} markLexicon />
        )}
      </section>
      {!showFullText && words.length > 0 && (
        <section className="lexicon-words" aria-labelledby="lexicon-words-title">
          <h2 id="lexicon-words-title">{t('lexicon.words')}</h2>
          <FocusGroup>
          <ul>
            {words.map((entry) => (
              <li key={entry.id}>
                <PressableButton className="action" label={lexiconOpenLabel(i18n, language, entry.text[language].word)} speak={clipKey.lexiconOpen(entry.id)} pictogram={entry.pictogram} onPress={() => openLexicon(entry.id)}>
                  <span className="button-label">{entry.text[language].word}</span>
                </PressableButton>
              </li>
            ))}
          </ul>
          </FocusGroup>
        </section>
      )}
      <p className="presenter">
        {text.presenter.role === 'not-given' ? (
          t('item.presenter.not-given')
        ) : (
          <>
            <span className="presenter-label">{t(`item.presenter.${text.presenter.role}`)}</span> <span>{text.presenter.name}</span>
          </>
        )}
      </p>
      <section className="question" aria-labelledby="question-title">
        <h2 id="question-title">{t('item.question')}</h2>
        <p>{text.question}</p>
      </section>
      {item.references.length > 0 && (
        <section className="references" aria-labelledby="references-title">
          <h2 id="references-title">{t('item.references')}</h2>
          <ul>
            {item.references.map((reference) => (
              <li key={reference.id} className="reference">
                {reference.url && <QrCode value={reference.url} label={t('item.qr', { url: reference.url })} />}
                <div>
                  <p className="reference-label">{reference.label[language]}</p>
                  <p className="reference-url" dir="ltr">{reference.url ?? t('item.noAddress')}</p>
                </div>
              </li>
            ))}
          </ul>
        </section>
      )}
      {openWord && <LexiconDialog lexiconId={openWord} onClose={closeWord} />}
    </article>
  );
}
