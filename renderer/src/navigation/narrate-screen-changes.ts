/**
 * Sound before the screen: every change of screen (a tap, a key, the idle reset) starts the new screen's
 * narration inside the store update itself, so inside the press handler, before React draws the screen
 * (which is drawn in the next task: displayed-screen.ts). What the new screen can reach is decoded ahead
 * only once that narration has started.
 */
import type { Content } from '../../../domain/content/build-content';
import { arrivalClips, CONTROL_BAR_CLIPS, reachableClips, visitStartClips } from '../../../domain/narration/screen-narration';
import type { Narrator } from '../audio/narrator';
import { useKioskStore, type Screen } from '../state/kiosk-store';
import { showChosenScreenSoon } from './displayed-screen';

function narrate(narrator: Narrator, content: Content, screen: Screen): void {
  const arrival = arrivalClips(screen);
  if (arrival.length > 0) narrator.play(arrival);
  else narrator.stop();
  const reachable = screen.name === 'attract' ? visitStartClips(useKioskStore.getState().venue.languages) : reachableClips(screen, content);
  narrator.preloadWhenStarted([...arrival, ...reachable, ...CONTROL_BAR_CLIPS]);
}

/** Narrates the current screen's reach now, then every screen change; returns the unsubscribe. */
export function narrateScreenChanges(narrator: Narrator, content: Content): () => void {
  narrator.preloadWhenStarted(visitStartClips(useKioskStore.getState().venue.languages));
  return useKioskStore.subscribe((state, previous) => {
    if (state.screen === previous.screen && state.language === previous.language) return;
    narrate(narrator, content, state.screen);
    showChosenScreenSoon();
  });
}
