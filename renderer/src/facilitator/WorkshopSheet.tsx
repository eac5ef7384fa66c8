import { useTranslation } from 'react-i18next';
import { findItem } from '../../../domain/content/page-content';
import { Pictogram } from '../components/Pictogram';
import { QrCode } from '../components/QrCode';
import { useContent } from '../content/content-context';
import { useKioskStore } from '../state/kiosk-store';

/**
 * The workshop sheet for the participants, A4: each chosen item's pictogram, easy text, question and references
 * (QR code and address). Hidden on screen; it is what the page prints (Electron's printToPDF, or the browser's
 * print dialog), through the print style sheet.
 */
export function WorkshopSheet({ itemIds }: { itemIds: readonly string[] }) {
  const { t } = useTranslation();
  const content = useContent();
  const language = useKioskStore((s) => s.language);
  const items = itemIds.map((id) => findItem(content, id)).filter((item) => item !== undefined);
  return (
    <article className="print-sheet">
      <header>
        <h1>{t('workshop.sheetTitle')}</h1>
        <p>{t('app.title')}</p>
      </header>
      {items.map((item) => {
        const text = item.text[language];
        return (
          <section key={item.id} className="sheet-item">
            <h2>
              <Pictogram name={item.pictogram} className="sheet-pictogram" />
              {text.title}
            </h2>
            <ol className="sheet-easy">
              {text.easy.map((line, index) => (
                <li key={index}>{line}</li>
              ))}
            </ol>
            <p className="sheet-question">
              <strong>{t('item.question')}</strong> {text.question}
            </p>
            {item.references.length > 0 && (
              <ul className="sheet-references">
                {item.references.map((reference) => (
                  <li key={reference.id}>
                    {reference.url && <QrCode value={reference.url} label={t('item.qr', { url: reference.url })} />}
                    <span>
                      {reference.label[language]}
                      <br />
                      <span dir="ltr">{reference.url ?? t('item.noAddress')}</span>
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </article>
  );
}
