import type { TFunction } from 'i18next';
import type { SaveResult } from '../../../contract/kiosk-api';

/** What the facilitator is told after asking for a file. */
export function saveMessage(t: TFunction, result: SaveResult): string {
  switch (result.status) {
    case 'saved':
      return t('facilitator.result.saved', { location: result.location });
    case 'printDialog':
      return t('facilitator.result.printDialog');
    case 'canceled':
      return t('facilitator.result.canceled');
    case 'failed':
      return t('facilitator.result.failed', { reason: result.reason });
  }
}
