import { useEffect } from 'react';
import type { Language } from '../../../contract/venue-config';
import { outOfOrderClips } from '../../../domain/narration/screen-narration';
import outOfOrderPictogram from '../../../assets/pictograms/hammer-and-wrench.svg?url';
import { loadClipIndex } from '../audio/clip-library';
import type { Narrator } from '../audio/narrator';
import { TEXT_DIRECTION, UI_RESOURCES } from '../i18n';

/**
 * "Out of order, please tell the staff", in every offered language, with a pictogram, and spoken when audio
 * works. Drawn from the bundled UI texts alone (no content, no i18next), so it shows whatever failed.
 */
export function OutOfOrderScreen({ languages, narrator }: { languages: readonly Language[]; narrator: Narrator | null }) {
  useEffect(() => {
    let shown = true;
    // The page may have failed before its clip indexes arrived: they are waited for (each tried once more).
    void Promise.allSettled(languages.map(loadClipIndex)).then(() => {
      if (!shown) return;
      try {
        narrator?.play(outOfOrderClips(languages));
      } catch {
        // Silent if audio itself is what failed: the screen says it.
      }
    });
    return () => {
      shown = false;
      narrator?.stop();
    };
  }, [languages, narrator]);
  const first = languages[0] ?? 'fr';
  return (
    <main className="attract" role="alert" lang={first} dir={TEXT_DIRECTION[first]}>
      <img src={outOfOrderPictogram} alt={UI_RESOURCES[first].pictograms['hammer-and-wrench']} className="attract-hand" draggable={false} />
      {languages.map((language) => (
        <div key={language} lang={language} dir={TEXT_DIRECTION[language]}>
          {UI_RESOURCES[language].ui.outOfOrder.lines.map((line) => (
            <p key={line} className="attract-touch">
              {line}
            </p>
          ))}
        </div>
      ))}
    </main>
  );
}
