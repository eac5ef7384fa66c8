import { useCallback } from 'react';
import { useFacilitatorStore } from './facilitator-store';

/** A privileged request refused because the session ended (10 minutes without a request) asks for the PIN again. */
export function useSessionGuard() {
  const openPinPad = useFacilitatorStore((s) => s.openPinPad);
  return useCallback(
    async <T,>(request: () => Promise<T>): Promise<T | undefined> => {
      try {
        return await request();
      } catch (error) {
        if (/not open/.test((error as Error).message)) openPinPad('closed');
        else throw error;
        return undefined;
      }
    },
    [openPinPad],
  );
}
