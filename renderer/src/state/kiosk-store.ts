import { create } from 'zustand';
import type { Screen } from '../../../domain/navigation/screen';
export type { Screen };
import { DEFAULT_VENUE_CONFIG, type Language, type VenueConfig } from '../../../contract/venue-defaults';


export const TEXT_SCALES = [1, 1.5, 2] as const;
export const SPEECH_RATES = [0.75, 1, 1.25] as const;
/** Volume steps in decibels relative to full scale: an 18 dB range. */
export const VOLUME_STEPS_DB = [-18, -12, -6, 0] as const;

export interface VisitorSettings {
  textScale: (typeof TEXT_SCALES)[number];
  highContrast: boolean;
  speechRate: (typeof SPEECH_RATES)[number];
  volumeDb: (typeof VOLUME_STEPS_DB)[number];
  /** One-switch scanning: items are highlighted and spoken in turn; any key or tap selects. */
  scanning: boolean;
}

export const DEFAULT_SETTINGS: VisitorSettings = { textScale: 1, highContrast: false, speechRate: 1, volumeDb: -6, scanning: false };

/** The settings each visit starts with. */
function settingsFor(venue: VenueConfig): VisitorSettings {
  return { ...DEFAULT_SETTINGS, scanning: venue.scanningByDefault };
}

interface KioskState {
  venue: VenueConfig;
  language: Language;
  screen: Screen;
  history: Screen[];
  settings: VisitorSettings;
  /** The full text is shown instead of the easy-to-read text. */
  showFullText: boolean;
  /** The lexicon word whose explanation is open. */
  openWord: string | null;
  setVenue: (venue: VenueConfig) => void;
  chooseLanguage: (language: Language) => void;
  go: (screen: Screen) => void;
  back: () => void;
  home: () => void;
  setShowFullText: (show: boolean) => void;
  setOpenWord: (id: string | null) => void;
  updateSettings: (change: Partial<VisitorSettings>) => void;
  /** The visit is over: back to the attract screen, every visitor choice forgotten. */
  endVisit: () => void;
}

export const useKioskStore = create<KioskState>()((set) => ({
  venue: DEFAULT_VENUE_CONFIG,
  language: DEFAULT_VENUE_CONFIG.defaultLanguage,
  screen: { name: 'attract' },
  history: [],
  settings: DEFAULT_SETTINGS,
  showFullText: false,
  openWord: null,
  setVenue: (venue) => set({ venue, language: venue.defaultLanguage, settings: settingsFor(venue) }),
  chooseLanguage: (language) => set({ language, screen: { name: 'home' }, history: [] }),
  go: (screen) => set((state) => ({ screen, history: [...state.history, state.screen], showFullText: false, openWord: null })),
  back: () =>
    set((state) => {
      const previous = state.history.at(-1);
      if (!previous || previous.name === 'attract') return { screen: { name: 'home' }, history: [], openWord: null, showFullText: false };
      return { screen: previous, history: state.history.slice(0, -1), openWord: null, showFullText: false };
    }),
  home: () => set({ screen: { name: 'home' }, history: [], openWord: null, showFullText: false }),
  setShowFullText: (showFullText) => set({ showFullText }),
  setOpenWord: (openWord) => set({ openWord }),
  updateSettings: (change) => set((state) => ({ settings: { ...state.settings, ...change } })),
  endVisit: () =>
    set((state) => ({
      screen: { name: 'attract' },
      history: [],
      settings: settingsFor(state.venue),
      showFullText: false,
      openWord: null,
      language: state.venue.defaultLanguage,
    })),
}));
