import { createContext, useContext } from 'react';
import { create } from 'zustand';
import type { ClipKey } from '../../../domain/narration/clip-keys';
import type { NarrationPosition, NarrationState, Narrator } from './narrator';

export const useNarrationStore = create<NarrationState>()(() => ({ key: null, status: 'idle', position: null, failedKey: null }));

export const NarratorContext = createContext<Narrator | null>(null);

export function useNarrator(): Narrator {
  const narrator = useContext(NarratorContext);
  if (!narrator) throw new Error('useNarrator outside NarratorContext');
  return narrator;
}

/** The word being spoken, when the narration playing is the given clip. */
export function useNarrationPosition(key: ClipKey): NarrationPosition | null {
  return useNarrationStore((state) => (state.key === key ? state.position : null));
}
