/** Which anonymous counts a change of the kiosk's state makes: pure, so each rule is unit-tested. */
import type { UsageEvent, VisitorSettingName } from '../../../domain/usage/usage-counts';
import type { Screen } from '../../../domain/navigation/screen';
import type { Language } from '../../../contract/venue-config';

export interface CountedKioskState {
  screen: Screen;
  language: Language;
  settings: { textScale: number; highContrast: boolean; speechRate: number; volumeDb: number; scanning: boolean };
}

const SETTING_NAMES: Record<keyof CountedKioskState['settings'], VisitorSettingName> = {
  textScale: 'textSize',
  highContrast: 'highContrast',
  speechRate: 'speechRate',
  volumeDb: 'volume',
  scanning: 'scanning',
};

/** A visit starts when the attract screen is left (with the language chosen there); items opened; settings changed by a visitor. */
export function kioskUsageEvents(previous: CountedKioskState, next: CountedKioskState): UsageEvent[] {
  const events: UsageEvent[] = [];
  if (previous.screen.name === 'attract' && next.screen.name !== 'attract') events.push({ kind: 'visit' }, { kind: 'language', language: next.language });
  if (next.screen !== previous.screen && next.screen.name === 'item') events.push({ kind: 'itemOpened', itemId: next.screen.itemId });
  // A reset (end of visit, new venue settings) changes settings too, but never while a visitor stays on one screen.
  if (next.screen === previous.screen && next.screen.name !== 'attract') {
    for (const field of Object.keys(SETTING_NAMES) as (keyof typeof SETTING_NAMES)[]) {
      if (previous.settings[field] !== next.settings[field]) events.push({ kind: 'setting', setting: SETTING_NAMES[field] });
    }
  }
  return events;
}

export interface CountedNarrationState {
  key: string | null;
  status: 'idle' | 'loading' | 'playing' | 'paused';
  failedKey: string | null;
}

const ITEM_TEXT = /^item\.([a-z0-9-]+)\.(easy|full)$/;

/**
 * An item's text was heard to the end when its clip, playing, ends by itself: the narration goes idle on that
 * clip. Stopped (key cleared), replaced (another key) or failed clips do not count.
 */
export function heardItem(previous: CountedNarrationState, next: CountedNarrationState): UsageEvent | null {
  if (previous.status !== 'playing' || next.status !== 'idle' || next.key === null || next.key !== previous.key || next.failedKey === next.key) return null;
  const match = ITEM_TEXT.exec(next.key);
  return match ? { kind: 'itemHeard', itemId: match[1]! } : null;
}
