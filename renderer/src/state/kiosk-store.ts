import { create } from 'zustand';
import { DEFAULT_VENUE_CONFIG, type Language, type VenueConfig } from '../../../contract/venue-config';

export type Screen = { name: 'home' } | { name: 'act'; actId: string };

interface KioskState {
  venue: VenueConfig;
  language: Language;
  screen: Screen;
  setVenue: (venue: VenueConfig) => void;
  setLanguage: (language: Language) => void;
  go: (screen: Screen) => void;
}

export const useKioskStore = create<KioskState>()((set) => ({
  venue: DEFAULT_VENUE_CONFIG,
  language: DEFAULT_VENUE_CONFIG.defaultLanguage,
  screen: { name: 'home' },
  setVenue: (venue) => set({ venue, language: venue.defaultLanguage }),
  setLanguage: (language) => set({ language }),
  go: (screen) => set({ screen }),
}));
