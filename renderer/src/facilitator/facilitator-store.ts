/** The facilitator mode and the workshop: which facilitator view is open, and the workshop in progress. */
import { create } from 'zustand';
import type { Language, ScanMode, VENUE_NUMBER_RULES } from '../../../contract/venue-config';

export type FacilitatorView = 'pin' | 'menu' | 'workshop' | 'settings' | 'usage' | 'check' | 'voice' | 'voiceScript';

export interface Workshop {
  /** The initiatives (or acts) gone through, in order. */
  itemIds: string[];
  index: number;
  /** Date.now() at which the workshop ends by itself. */
  endsAt: number;
  /** The workshop's own views; null while a visitor screen (an opened item) is shown. */
  view: 'question' | 'list' | null;
}

/** The venue settings form as the facilitator left it, kept until saved: a session that ends loses nothing. */
export interface SettingsDraft {
  numbers: Record<keyof typeof VENUE_NUMBER_RULES, string>;
  scanning: boolean;
  scanMode: ScanMode;
  /** The language at each position of the list, '' for none. */
  positions: (Language | '')[];
  defaultLanguage: Language;
  /** Date.now() of the last change. */
  changedAt: number;
}

interface FacilitatorState {
  view: FacilitatorView | null;
  /** A message for the PIN pad (the session ended by itself). */
  pinNotice: 'closed' | null;
  workshop: Workshop | null;
  settingsDraft: SettingsDraft | null;
  keepSettingsDraft: (draft: SettingsDraft | null) => void;
  openPinPad: (notice?: 'closed') => void;
  show: (view: FacilitatorView) => void;
  close: () => void;
  startWorkshop: (itemIds: string[], maxMinutes: number) => void;
  /** Moves through the chosen items; an item of the question list that was not chosen joins the end. */
  showQuestion: (move: { by: number } | { itemId: string }) => void;
  showWorkshopView: (view: Workshop['view']) => void;
  /** The workshop goes on for this many more minutes from now. */
  extendWorkshop: (minutes: number) => void;
  endWorkshop: () => void;
}

export const useFacilitatorStore = create<FacilitatorState>()((set) => ({
  view: null,
  pinNotice: null,
  workshop: null,
  settingsDraft: null,
  keepSettingsDraft: (settingsDraft) => set({ settingsDraft }),
  openPinPad: (notice) => set({ view: 'pin', pinNotice: notice ?? null }),
  show: (view) => set({ view, pinNotice: null }),
  close: () => set({ view: null, pinNotice: null }),
  startWorkshop: (itemIds, maxMinutes) => set({ view: null, workshop: { itemIds, index: 0, endsAt: Date.now() + maxMinutes * 60_000, view: 'question' } }),
  showQuestion: (move) =>
    set(({ workshop }) => {
      if (!workshop) return {};
      if ('by' in move) return { workshop: { ...workshop, view: 'question', index: Math.min(workshop.itemIds.length - 1, Math.max(0, workshop.index + move.by)) } };
      const found = workshop.itemIds.indexOf(move.itemId);
      const itemIds = found >= 0 ? workshop.itemIds : [...workshop.itemIds, move.itemId];
      return { workshop: { ...workshop, itemIds, view: 'question', index: found >= 0 ? found : itemIds.length - 1 } };
    }),
  showWorkshopView: (view) => set(({ workshop }) => (workshop ? { workshop: { ...workshop, view } } : {})),
  extendWorkshop: (minutes) => set(({ workshop }) => (workshop ? { workshop: { ...workshop, endsAt: Date.now() + minutes * 60_000 } } : {})),
  endWorkshop: () => set({ workshop: null }),
}));

/** The visitor kiosk's idle reset waits while the facilitator mode is open or a workshop is in progress. */
export function holdsOffIdleReset(): boolean {
  const { view, workshop } = useFacilitatorStore.getState();
  return view !== null || workshop !== null;
}
