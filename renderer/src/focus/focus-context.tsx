import { createContext, useContext, useEffect, useId, type ReactNode, type RefObject } from 'react';
import type { ClipRequest } from '../../../domain/narration/clip-keys';
import type { FocusRegistry } from './focus-registry';

export const FocusRegistryContext = createContext<FocusRegistry | null>(null);
const FocusGroupContext = createContext<string | null>(null);

export function useFocusRegistry(): FocusRegistry {
  const registry = useContext(FocusRegistryContext);
  if (!registry) throw new Error('useFocusRegistry outside FocusRegistryContext');
  return registry;
}

/** Buttons inside move together with the arrow keys (a tile grid, the control bar, a row of choices). */
export function FocusGroup({ children }: { children: ReactNode }) {
  return <FocusGroupContext.Provider value={useId()}>{children}</FocusGroupContext.Provider>;
}

/** Registers a pressable element with the kiosk's focus registry for as long as it is mounted. */
export function useFocusTarget(ref: RefObject<HTMLElement | null>, speak: ClipRequest | undefined): void {
  const registry = useFocusRegistry();
  const group = useContext(FocusGroupContext);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    return registry.register({ element, speak, group });
  }, [registry, ref, speak, group]);
}
