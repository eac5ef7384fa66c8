import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FacilitatorState, UnlockResult } from '../../../contract/kiosk-api';
import { isPin } from '../../../domain/facilitator/pin-gate';
import { PressableButton } from '../components/PressableButton';
import { kioskApi } from '../platform/kiosk-api';
import { useFacilitatorStore } from './facilitator-store';
import { usePinKeyboard } from './use-pin-keyboard';

const DIGITS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0'] as const;
const MAX_DIGITS = 12;

type Message = { kind: 'wrong'; triesLeft: number } | { kind: 'locked'; until: number } | { kind: 'off' } | { kind: 'closed' } | null;

/** Large keys, the digits shown as dots; the PIN is checked by the host (main in the kiosk), never here. */
export function PinPad({ onCancel }: { onCancel: () => void }) {
  const { t } = useTranslation();
  const show = useFacilitatorStore((s) => s.show);
  const notice = useFacilitatorStore((s) => s.pinNotice);
  const [pin, setPin] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Message>(notice === 'closed' ? { kind: 'closed' } : null);
  const [now, setNow] = useState(() => Date.now());

  const applyState = useCallback((state: FacilitatorState) => {
    if (!state.available) setMessage({ kind: 'off' });
    else if (state.lockedForSeconds > 0) setMessage({ kind: 'locked', until: Date.now() + state.lockedForSeconds * 1000 });
  }, []);

  useEffect(() => {
    void kioskApi.facilitatorState().then(applyState);
  }, [applyState]);

  const locked = message?.kind === 'locked' && message.until > now;
  useEffect(() => {
    if (!locked) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [locked]);

  const off = message?.kind === 'off';
  const typeDigit = (digit: string) => !locked && setPin((p) => (p.length < MAX_DIGITS ? p + digit : p));
  const erase = () => setPin((p) => p.slice(0, -1));
  const submit = async () => {
    // Fewer than 4 digits is not a PIN: nothing is tried.
    if (busy || !isPin(pin)) return;
    setBusy(true);
    let result: UnlockResult;
    try {
      result = await kioskApi.facilitatorUnlock(pin);
    } finally {
      setBusy(false);
    }
    setPin('');
    setNow(Date.now());
    if (result.status === 'open') show('menu');
    else if (result.status === 'wrong') setMessage({ kind: 'wrong', triesLeft: result.triesLeft });
    else if (result.status === 'locked') setMessage({ kind: 'locked', until: Date.now() + result.retryInSeconds * 1000 });
    else setMessage({ kind: 'off' });
  };
  const enter = () => !locked && void submit();
  usePinKeyboard({ digit: typeDigit, erase, enter }, !off);

  return (
    <section className="pin-pad" aria-labelledby="pin-title">
      <h1 id="pin-title" className="screen-title" tabIndex={-1}>
        {t('facilitator.pin.title')}
      </h1>
      {off ? (
        <p role="alert">{t('facilitator.pin.off')}</p>
      ) : (
        <>
          <p className="pin-dots" aria-hidden="true">
            {'●'.repeat(pin.length) || '\u00a0'}
          </p>
          {/* The one live announcement of each change: the dots are hidden, so the count is not said twice. */}
          <p role="status">{t('facilitator.pin.typed', { count: pin.length })}</p>
          {message && (
            <p role="alert" className="facilitator-alert">
              {message.kind === 'wrong' && t('facilitator.pin.wrong', { count: message.triesLeft })}
              {message.kind === 'locked' && t('facilitator.pin.locked', { count: Math.max(0, Math.ceil((message.until - now) / 1000)) })}
              {message.kind === 'closed' && t('facilitator.pin.closed')}
            </p>
          )}
          <div className="pin-keys">
            {/* The digits have no voice: a PIN typed at a kiosk in a room must not be heard by the room. */}
            {DIGITS.map((digit) => (
              <PressableButton key={digit} className="pin-key" label={digit} onPress={() => typeDigit(digit)} />
            ))}
            <PressableButton className="pin-key" uiKey="facilitator.pin.erase" onPress={erase} />
            <PressableButton className="pin-key pin-enter" uiKey="facilitator.pin.enter" onPress={enter} />
          </div>
        </>
      )}
      <PressableButton className="action" uiKey="facilitator.pin.cancel" onPress={onCancel} />
    </section>
  );
}
