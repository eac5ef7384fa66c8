import { useEffect } from 'react';
import type { ScanMode } from '../../../contract/venue-config';
import type { NarrationState } from '../audio/narrator';
import type { FocusRegistry, FocusTarget, ScanStop } from '../focus/focus-registry';

/** What scanning needs of the narrator: names on the short channel, which never stop the page's narration. */
export interface ScanningVoice {
  speakName: (request: NonNullable<FocusTarget['speak']>) => void;
}

export interface SwitchScanningOptions {
  enabled: boolean;
  stepSeconds: number;
  mode: ScanMode;
  voice: ScanningVoice;
  registry: FocusRegistry;
  /** The page's narration now: scanning waits for it to end before it starts moving on a new screen. */
  narrationStatus: () => NarrationState['status'];
  /** Changes whenever what is on screen changes (a new screen, a dialog opened or closed): scanning starts over. */
  resetKey: string;
}

/** After this many rounds through a group's items without a press, scanning goes back to the groups. */
const ROUNDS_IN_GROUP = 2;
/** How often a waiting scanner looks whether the page has finished speaking. */
const WAIT_POLL_MS = 250;
/** Keys that keep their own meaning while scanning: moving focus and closing a dialog are not switch presses. */
const NOT_A_SWITCH = new Set(['Tab', 'ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Escape', 'Shift', 'Control', 'Alt', 'Meta']);

type Phase = { level: 'waiting' } | { level: 'groups'; stop: number } | { level: 'items'; stop: number; item: number; rounds: number };

/**
 * One-switch scanning, as AAC boards (AsTeRICS Grid) offer it. It never moves on while the page speaks: on a
 * new screen, or after a choice that speaks, it waits until the narration ends — unless the visitor presses the
 * switch, which starts it at once (their names then hold the narration, which goes on after each). It highlights each group in turn
 * (the pictures, then the buttons at the bottom), saying the group's name; a press enters the group, whose
 * buttons are highlighted and named one by one; a press chooses. Names are said on the narrator's short
 * channel: the page's narration waits for them and goes on, and they are never activity for the idle reset.
 * Any key is the switch (Tab, arrows and Escape keep their meaning); a touch on a button acts on that button,
 * a touch anywhere else is the switch.
 */
export function useSwitchScanning({ enabled, stepSeconds, mode, voice, registry, narrationStatus, resetKey }: SwitchScanningOptions): void {
  useEffect(() => {
    if (!enabled) return;
    let phase: Phase = { level: 'waiting' };
    // Set by the visitor's own press: scanning then moves on even while the page speaks (names hold it).
    let visitorTookOver = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const highlighted = new Set<HTMLElement>();

    const stops = (): ScanStop[] => {
      if (mode === 'groups') return registry.stops();
      const targets = registry.reachable();
      return targets.length > 0 ? [{ group: null, targets }] : [];
    };
    const clear = () => {
      for (const element of highlighted) delete element.dataset.scan;
      highlighted.clear();
    };
    const mark = (target: FocusTarget, kind: 'group' | 'item') => {
      target.element.dataset.scan = kind;
      highlighted.add(target.element);
    };
    const highlightItem = (target: FocusTarget) => {
      mark(target, 'item');
      target.element.focus({ preventScroll: true });
      target.element.scrollIntoView({ block: 'nearest' });
      if (target.speak) voice.speakName(target.speak);
    };
    /** The first level of a screen: its groups, or straight the buttons when there is one group only. */
    const start = (all: ScanStop[]): Phase => (all.length === 1 && all[0]!.targets.length > 1 ? { level: 'items', stop: 0, item: 0, rounds: 0 } : { level: 'groups', stop: 0 });

    const show = (all: ScanStop[]) => {
      clear();
      if (phase.level === 'groups') {
        const stop = all[phase.stop]!;
        if (stop.targets.length === 1 || !stop.group) return highlightItem(stop.targets[0]!);
        for (const target of stop.targets) mark(target, 'group');
        stop.targets[0]!.element.scrollIntoView({ block: 'nearest' });
        voice.speakName(stop.group.speak);
      } else if (phase.level === 'items') {
        highlightItem(all[phase.stop]!.targets[phase.item]!);
      }
    };
    const schedule = (ms: number) => {
      clearTimeout(timer);
      timer = setTimeout(step, ms);
    };

    const step = () => {
      const all = stops();
      if (all.length === 0) return schedule(WAIT_POLL_MS);
      // Scanning never talks over the page: it waits for the narration to end, unless the visitor pressed.
      const status = narrationStatus();
      if (!visitorTookOver && (status === 'playing' || status === 'loading')) return schedule(WAIT_POLL_MS);
      if (phase.level === 'waiting') {
        phase = start(all);
      } else if (phase.level === 'groups') {
        phase = { level: 'groups', stop: (phase.stop + 1) % all.length };
      } else {
        const stop = all[phase.stop];
        if (!stop) phase = start(all);
        else if (phase.item + 1 < stop.targets.length) phase = { ...phase, item: phase.item + 1 };
        else if (mode === 'groups' && all.length > 1 && phase.rounds + 1 >= ROUNDS_IN_GROUP) phase = { level: 'groups', stop: phase.stop };
        else phase = { ...phase, item: 0, rounds: phase.rounds + 1 };
      }
      show(all);
      schedule(stepSeconds * 1000);
    };

    const press = () => {
      const all = stops();
      if (all.length === 0) return;
      visitorTookOver = true;
      if (phase.level === 'waiting') phase = start(all);
      else if (phase.level === 'groups') {
        const stop = all[phase.stop] ?? all[0]!;
        if (stop.targets.length === 1 || !stop.group) return choose(stop.targets[0]!, phase.stop);
        phase = { level: 'items', stop: phase.stop, item: 0, rounds: 0 };
      } else {
        const target = all[phase.stop]?.targets[phase.item];
        if (target) return choose(target, phase.stop);
        phase = start(all);
      }
      show(all);
      schedule(stepSeconds * 1000);
    };

    /** A choice acts like a tap; on the same screen, scanning goes back to the group it was in. */
    const choose = (target: FocusTarget, stop: number) => {
      clear();
      // What was chosen may speak (a text, a question): scanning lets it, as on arrival.
      visitorTookOver = false;
      target.element.click();
      const all = stops();
      phase = mode === 'groups' && all.length > 1 ? { level: 'groups', stop: Math.min(stop, all.length - 1) } : start(all);
      schedule(stepSeconds * 1000);
    };

    const onKey = (event: KeyboardEvent) => {
      if (NOT_A_SWITCH.has(event.key)) return;
      event.preventDefault();
      event.stopPropagation();
      // A switch held down repeats its key: one press is one choice.
      if (!event.repeat) press();
    };
    // A direct touch acts on what was touched; only a touch beside every button is the switch. It acts when
    // the finger is lifted (WCAG 2.5.2), and not if the finger slid onto a button or the touch was cancelled.
    const besideEveryButton = (event: PointerEvent) => !(event.target instanceof Element && event.target.closest('button, [data-pressable]'));
    let switchTouch: number | null = null;
    const onPointerDown = (event: PointerEvent) => {
      switchTouch = besideEveryButton(event) ? event.pointerId : null;
      if (switchTouch !== null) event.preventDefault();
    };
    const onPointerUp = (event: PointerEvent) => {
      const isSwitch = switchTouch === event.pointerId && besideEveryButton(event);
      switchTouch = null;
      if (!isSwitch) return;
      event.preventDefault();
      press();
    };
    const onPointerCancel = () => {
      switchTouch = null;
    };

    schedule(stepSeconds * 1000);
    window.addEventListener('keydown', onKey, true);
    window.addEventListener('pointerdown', onPointerDown, true);
    window.addEventListener('pointerup', onPointerUp, true);
    window.addEventListener('pointercancel', onPointerCancel, true);
    return () => {
      clearTimeout(timer);
      clear();
      window.removeEventListener('keydown', onKey, true);
      window.removeEventListener('pointerdown', onPointerDown, true);
      window.removeEventListener('pointerup', onPointerUp, true);
      window.removeEventListener('pointercancel', onPointerCancel, true);
    };
  }, [enabled, stepSeconds, mode, voice, registry, narrationStatus, resetKey]);
}
