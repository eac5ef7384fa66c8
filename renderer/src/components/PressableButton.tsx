import { usePress, type PressEvent } from '@react-aria/interactions';
import type { ReactNode } from 'react';

interface PressableButtonProps {
  label: string;
  onPress: (event: PressEvent) => void;
  className?: string;
  children: ReactNode;
}

/** Every pressable thing in the kiosk: one accessible button, pressed by touch, mouse, keyboard or switch. */
export function PressableButton({ label, onPress, className, children }: PressableButtonProps) {
  const { pressProps } = usePress({ onPress });
  return (
    <button type="button" aria-label={label} className={className} {...pressProps}>
      {children}
    </button>
  );
}
