/**
 * Which key presses the kiosk swallows so that a visitor cannot reload, zoom, open developer tools,
 * print, close the window or leave full screen. Shape follows Electron's before-input-event `Input`.
 */
export interface KeyInput {
  type: string;
  key: string;
  code?: string;
  control: boolean;
  meta: boolean;
  alt: boolean;
  shift: boolean;
}

const ALWAYS_BLOCKED_KEYS = new Set(['F1', 'F3', 'F5', 'F6', 'F7', 'F11', 'F12', 'BrowserBack', 'BrowserForward', 'BrowserRefresh', 'BrowserHome', 'BrowserSearch', 'ZoomIn', 'ZoomOut', 'ContextMenu']);

/** Keys that act with Ctrl (or ⌘): reload, zoom, devtools, print, close, quit, new window, find, open, save, view-source, history, downloads. */
const COMMAND_BLOCKED_KEYS = new Set(['r', 'w', 'q', 'n', 't', 'p', 'o', 's', 'f', 'g', 'h', 'j', 'u', 'i', 'l', 'd', 'm', '+', '=', '-', '_', '0', 'Tab', 'PageUp', 'PageDown']);

export function shouldBlockKey(input: KeyInput, devMode: boolean): boolean {
  if (devMode) return false;
  if (input.type !== 'keyDown' && input.type !== 'rawKeyDown' && input.type !== 'keyUp') return false;
  if (ALWAYS_BLOCKED_KEYS.has(input.key)) return true;
  const key = input.key.length === 1 ? input.key.toLowerCase() : input.key;
  if ((input.control || input.meta) && COMMAND_BLOCKED_KEYS.has(key)) return true;
  if (input.alt && (input.key === 'F4' || input.key === 'ArrowLeft' || input.key === 'ArrowRight' || input.key === 'Home')) return true;
  // The Windows/Super key opens the system's launcher over the kiosk.
  if (input.key === 'Meta' || input.key === 'OS') return true;
  return false;
}
