import { useHover, useLongPress, usePress, type PressEvent } from '@react-aria/interactions';
import { mergeProps } from '@react-aria/utils';
import { useEffect, useRef, type PointerEvent, type ReactNode } from 'react';
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

const HOLD_MS = 600;

/**
 * Every pressable thing in the kiosk: one accessible button for touch, mouse, keyboard and switch.
 * A tap acts (with a short click sound); holding it, or hovering with a mouse, only speaks its label.
 */
export function PressableButton({ label, onPress, speakKey, pictogram, directional, pressed, className, children }: PressableButtonProps) {
  const narrator = useNarrator();
  const speakLabel = () => {
    if (speakKey) narrator.play([speakKey]);
  };
  // A mouse resting on a button speaks its label; one passing over it on the way to a click does not, and
  // neither does a button that appears under a pointer that has not moved (after a screen change).
  const dwell = useRef<ReturnType<typeof setTimeout>>(undefined);
  const stopDwell = () => {
    clearTimeout(dwell.current);
    dwell.current = undefined;
  };
  const { hoverProps } = useHover({ onHoverEnd: stopDwell });
  const onPointerMove = (event: PointerEvent) => {
    if (event.pointerType === 'mouse' && dwell.current === undefined) dwell.current = setTimeout(speakLabel, HOLD_MS);
  };
  const { pressProps } = usePress({
    onPressStart: stopDwell,
    onPress: (event) => {
      narrator.click();
      onPress(event);
    },
  });
  const { longPressProps } = useLongPress({ threshold: HOLD_MS, onLongPress: speakLabel });
  useEffect(() => () => clearTimeout(dwell.current), []);
  return (
    <button type="button" aria-label={label} aria-pressed={pressed} className={className} data-speak={speakKey} {...mergeProps(pressProps, longPressProps, hoverProps)} onPointerMove={onPointerMove}>
      {pictogram && <Pictogram name={pictogram} className="button-pictogram" directional={directional} />}
      {children ?? <span className="button-label">{label}</span>}
    </button>
  );
}
