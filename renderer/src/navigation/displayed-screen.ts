/**
 * The screen drawn, one task behind the screen the visitor chose: a press first starts the new screen's
 * sound (narrate-screen-changes.ts), then lets the browser start it, and only then has React draw the screen.
 * Drawing a screen takes tens of milliseconds on a venue machine; the sound does not wait for it.
 * A screen of a visit is drawn only once its language's texts are in (preloaded after the first screen, so
 * at once in practice); texts that cannot be read make the screen fail as one that cannot be drawn.
 */
import { create } from 'zustand';
import { languageTextsLoaded, loadLanguageTexts } from '../content/kiosk-content';
import { useKioskStore, type Screen } from '../state/kiosk-store';

const useDisplayedScreenStore = create<{ screen: Screen; failure: unknown }>()(() => ({ screen: useKioskStore.getState().screen, failure: null }));

/** Draws the chosen screen now if its language's texts are in, or once they are. */
export function showChosenScreen(): void {
  const { screen, language } = useKioskStore.getState();
  if (screen.name !== 'attract' && !languageTextsLoaded(language)) {
    loadLanguageTexts(language).then(showChosenScreen, (failure: unknown) => useDisplayedScreenStore.setState({ screen, failure }));
    return;
  }
  useDisplayedScreenStore.setState({ screen, failure: null });
}

/** Draws the chosen screen once the tasks already queued (howler's start of the narration) have run. */
export function showChosenScreenSoon(): void {
  setTimeout(showChosenScreen, 0);
}

export function useDisplayedScreen(): Screen {
  const { screen, failure } = useDisplayedScreenStore();
  // Thrown while drawing: the error boundary hands it to the page recovery.
  if (failure) throw failure;
  return screen;
}
