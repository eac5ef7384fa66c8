/** Where the facilitator is in the voice studio: kept while they move between the studio and its script. */
import { create } from 'zustand';
import type { Language } from '../../../contract/venue-config';

interface StudioState {
  language: Language | null;
  groupId: string | null;
  choose: (change: Partial<Pick<StudioState, 'language' | 'groupId'>>) => void;
}

export const useStudioStore = create<StudioState>()((set) => ({
  language: null,
  groupId: null,
  choose: (change) => set(change),
}));
