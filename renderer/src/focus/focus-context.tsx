import { createContext, useContext, useEffect, useId, useMemo, type ReactNode, type RefObject } from 'react';
import { clipKey, type ClipRequest, type UiTextKey } from '../../../domain/narration/clip-keys';
import type { FocusGroupInfo, FocusRegistry } from './focus-registry';

export const FocusRegistryContext = createContext<FocusRegistry | null>(null);
const FocusGroupContext = createContext<FocusGroupInfo | null>(null);

export function useFocusRegistry(): FocusRegistry {
  const registry = useContext(FocusRegistryContext);
  if (!registry) throw new Error('useFocusRegistry outside FocusRegistryContext');
  return registry;
}

/**
 * Buttons inside move together with the arrow keys, and one-switch scanning highlights them as one step
 * before going through them (a tile grid, the control bar, a row of choices). The name is what scanning says.
 */
export function FocusGroup({ name, children }: { name: UiTextKey; children: ReactNode }) {
  const id = useId();
  const group = useMemo(() => ({ id, speak: clipKey.ui(name) }), [id, name]);
  return <FocusGroupContext.Provider value={group}>{children}</FocusGroupContext.Provider>;
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
