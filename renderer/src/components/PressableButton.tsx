import { useHover, usePress, type PressEvent } from '@react-aria/interactions';
import { mergeProps } from '@react-aria/utils';
import { useEffect, useRef, type PointerEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { clipKey, requestedKey, type ClipRequest, type UiTextKey } from '../../../domain/narration/clip-keys';
import { useNarrator } from '../audio/narration-hooks';
import { useFocusTarget } from '../focus/focus-context';
import { useHoldToSpeak } from '../hooks/use-hold-to-speak';
import { Pictogram } from './Pictogram';

/** A control of the UI names itself by one key: its label and its clip both come from it. */
interface NamedByUiKey {
  uiKey: UiTextKey;
  label?: never;
  speak?: never;
}

/** A button of the content (a tile, a lexicon word) gets its label and its clip from the content. */
interface NamedByContent {
  uiKey?: never;
  label: string;
  /** The clip that says this button's name: heard on a long touch or a mouse hover, without acting. */
  speak?: ClipRequest;
}

/** A button acts by its onPress, or submits its form (the form's onSubmit acts, for Enter in a field as well). */
type Action = { onPress: (event: PressEvent) => void; submit?: never } | { onPress?: never; submit: true };

type PressableButtonProps = (NamedByUiKey | NamedByContent) & Action & {
  pictogram?: string;
  directional?: boolean;
  pressed?: boolean;
  /** Nothing to do now (already at the top of the text): not focusable, not scanned, shown dimmed. */
  disabled?: boolean;
  className?: string;
  children?: ReactNode;
};

const HOLD_MS = 600;

/**
 * Every pressable thing in the kiosk: one accessible button for touch, mouse, keyboard and switch.
 * A tap acts (with a short click sound); holding it, or hovering with a mouse, only speaks its label.
 */
export function PressableButton({ uiKey, label, speak, onPress, submit, pictogram, directional, pressed, disabled, className, children }: PressableButtonProps) {
  const { t } = useTranslation();
  const narrator = useNarrator();
  const name = uiKey ? t(uiKey) : label!;
  const clip = uiKey ? clipKey.ui(uiKey) : speak;
  const button = useRef<HTMLButtonElement>(null);
  useFocusTarget(button, clip);
  const speakName = () => {
    if (clip) narrator.speakName(clip);
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
    if (event.pointerType === 'mouse' && dwell.current === undefined) dwell.current = setTimeout(speakName, HOLD_MS);
  };
  const { holdProps, wasHeld } = useHoldToSpeak(HOLD_MS, speakName);
  const { pressProps } = usePress({
    isDisabled: disabled,
    onPressStart: stopDwell,
    onPress: (event) => {
      if (wasHeld(event.pointerType)) return;
      narrator.click();
      onPress?.(event);
    },
  });
  useEffect(() => () => clearTimeout(dwell.current), []);
  return (
    <button
      ref={button}
      type={submit ? 'submit' : 'button'}
      aria-label={name}
      aria-pressed={pressed}
      disabled={disabled}
      className={className}
      // Which clip names this button, so tests can check that every button is heard and says what it shows.
      data-speak={clip && requestedKey(clip)}
      data-speak-language={clip && typeof clip !== 'string' ? clip.language : undefined}
      {...mergeProps(pressProps, holdProps, hoverProps)}
      onPointerMove={onPointerMove}
    >
      {pictogram && <Pictogram name={pictogram} className="button-pictogram" directional={directional} decorative />}
      {children ?? <span className="button-label">{name}</span>}
    </button>
  );
}
