import type { Language } from '../../../contract/venue-config';
import type { ClipRequest } from '../../../domain/narration/clip-keys';
import { ForeignText } from './ForeignText';
import { Pictogram } from './Pictogram';
import { PressableButton } from './PressableButton';

interface TileProps {
  label: string;
  speak: ClipRequest;
  /** The words shown under the picture (the label may say more: "Acte 2 : …"). */
  title: string;
  language: Language;
  pictogram: string;
  /** The act's number on the home screen. */
  number?: number;
  className?: string;
  onPress: () => void;
}

/** A picture that fills most of the tile, on a light plate, with its title under it; the tile is the act's colour. */
export function Tile({ label, speak, title, language, pictogram, number, className, onPress }: TileProps) {
  return (
    <PressableButton className={className ? `tile ${className}` : 'tile'} label={label} speak={speak} onPress={onPress}>
      {number !== undefined && (
        <span className="tile-number" aria-hidden="true">
          {number}
        </span>
      )}
      <span className="tile-plate">
        <Pictogram name={pictogram} className="tile-pictogram" />
      </span>
      <span className="tile-label">
        <ForeignText text={title} language={language} />
      </span>
    </PressableButton>
  );
}
