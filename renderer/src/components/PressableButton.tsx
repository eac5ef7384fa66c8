import { useHover, useLongPress, usePress, type PressEvent } from '@react-aria/interactions';
import { mergeProps } from '@react-aria/utils';
import type { ReactNode } from 'react';
import { useNarrator } from '../audio/narration-hooks';
import { Pictogram } from './Pictogram';

interface PressableButtonProps {
  label: string;
  onPress: (event: PressEvent) => void;
  /** The clip that says this button's label: heard on a long touch or a mouse hover, without acting. */
  speakKey?: string;
  pictogram?: string;
  directional?: boolean;
  pressed?: boolean;
  className?: string;
  children?: ReactNode;
}

/**
 * Every pressable thing in the kiosk: one accessible button for touch, mouse, keyboard and switch.
 * A tap acts (with a short click sound); holding it, or hovering with a mouse, only speaks its label.
 */
export function PressableButton({ label, onPress, speakKey, pictogram, directional, pressed, className, children }: PressableButtonProps) {
  const narrator = useNarrator();
  const speakLabel = () => {
    if (speakKey) narrator.play([speakKey]);
  };
  const { pressProps } = usePress({
    onPress: (event) => {
      narrator.click();
      onPress(event);
    },
  });
  const { longPressProps } = useLongPress({ threshold: 600, onLongPress: speakLabel });
  const { hoverProps } = useHover({ onHoverStart: speakLabel });
  return (
    <button type="button" aria-label={label} aria-pressed={pressed} className={className} {...mergeProps(pressProps, longPressProps, hoverProps)}>
      {pictogram && <Pictogram name={pictogram} className="button-pictogram" directional={directional} />}
      {children ?? <span className="button-label">{label}</span>}
    </button>
  );
}
