import { useTranslation } from 'react-i18next';
import { PICTOGRAM_URLS } from '../content/kiosk-content';

interface PictogramProps {
  name: string;
  className?: string;
  /** Arrows and other directional pictograms are mirrored in right-to-left languages. */
  directional?: boolean;
  /** Beside a text that already says it (a heading): no text alternative, so the name is the text alone. */
  decorative?: boolean;
}

export function Pictogram({ name, className = 'pictogram', directional = false, decorative = false }: PictogramProps) {
  const { t } = useTranslation('pictograms');
  // Decoded before the screen is painted: a tile never shows up empty and gets its picture a moment later.
  return <img src={PICTOGRAM_URLS.get(name)} alt={decorative ? '' : t(name)} className={directional ? `${className} directional` : className} draggable={false} decoding="sync" />;
}
