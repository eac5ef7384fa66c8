import type { Narrator } from '../audio/narrator';
import { useNarrationStore } from '../audio/narration-hooks';
import type { FocusRegistry } from '../focus/focus-registry';
import { useDisplayedScreen } from '../navigation/displayed-screen';
import { useKioskStore } from '../state/kiosk-store';
import { useArrowNavigation } from './use-arrow-navigation';
import { useNewScreenGuard } from './use-new-screen';
import { useSwitchScanning } from './use-switch-scanning';

const narrationStatus = () => useNarrationStore.getState().status;

/**
 * Everything about how a visitor's presses reach the kiosk: arrow keys, one-switch scanning, the guard
 * against double taps on a new screen.
 */
export function useVisitorInput(narrator: Narrator, registry: FocusRegistry, idleWarningOpen: boolean): void {
  // The screen drawn, not the one just chosen: its buttons are what the guard is about.
  const screen = useDisplayedScreen();
  const openWord = useKioskStore((s) => s.openWord);
  const scanning = useKioskStore((s) => s.settings.scanning);
  const venue = useKioskStore((s) => s.venue);
  const screenKey = JSON.stringify(screen);
  // A dialog opening or closing changes what is under the finger, and what scanning can reach.
  const layerKey = `${screenKey}|${openWord ?? ''}|${idleWarningOpen ? 'idle' : ''}`;
  useArrowNavigation(registry);
  useNewScreenGuard(layerKey, venue.newScreenGuardSeconds);
  useSwitchScanning({ enabled: scanning, stepSeconds: venue.scanStepSeconds, mode: venue.scanMode, voice: narrator, registry, narrationStatus, resetKey: layerKey });
}
