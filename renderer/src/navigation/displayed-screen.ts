/**
 * The screen drawn, one task behind the screen the visitor chose: a press first starts the new screen's
 * sound (narrate-screen-changes.ts), then lets the browser start it, and only then has React draw the screen.
 * Drawing a screen takes tens of milliseconds on a venue machine; the sound does not wait for it.
 */
import { create } from 'zustand';
import { useKioskStore, type Screen } from '../state/kiosk-store';

const useDisplayedScreenStore = create<{ screen: Screen }>()(() => ({ screen: useKioskStore.getState().screen }));

/** Draws the chosen screen once the tasks already queued (howler's start of the narration) have run. */
export function showChosenScreenSoon(): void {
  setTimeout(() => useDisplayedScreenStore.setState({ screen: useKioskStore.getState().screen }), 0);
}

export function useDisplayedScreen(): Screen {
  return useDisplayedScreenStore((state) => state.screen);
}
