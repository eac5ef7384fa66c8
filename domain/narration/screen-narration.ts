/** What each screen says on arrival, and which clips one press can reach from it (decoded ahead). */
import { clipKey, type ClipKey } from './clip-keys';
import type { Content } from '../content/build-content';
import { findItem } from '../content/build-content';
import type { Screen } from '../navigation/screen';

export const CONTROL_BAR_CLIPS = (['controls.home', 'controls.back', 'controls.listenAgain', 'controls.pause', 'controls.help', 'controls.settings'] as const).map(clipKey.ui);

export function arrivalClips(screen: Screen): ClipKey[] {
  switch (screen.name) {
    case 'attract':
      return [];
    case 'home':
      return [clipKey.ui('screen.home'), clipKey.ui('home.intro')];
    case 'act':
      return [clipKey.actLabel(screen.actId)];
    case 'item':
      return [clipKey.item(screen.itemId, 'title'), clipKey.item(screen.itemId, 'easy')];
    case 'help':
      return [clipKey.ui('screen.help'), clipKey.ui('help.lines')];
    case 'about':
      return [clipKey.ui('screen.about'), clipKey.ui('about.lines')];
    case 'credits':
      return [clipKey.ui('screen.credits')];
    case 'settings':
      return [clipKey.ui('screen.settings')];
  }
}

export function reachableClips(screen: Screen, content: Content): ClipKey[] {
  switch (screen.name) {
    case 'attract':
      return [clipKey.ui('screen.home'), clipKey.ui('home.intro')];
    case 'home':
      return content.acts.map((act) => clipKey.actLabel(act.id));
    case 'act': {
      const act = content.acts.find((a) => a.id === screen.actId);
      if (!act) return [];
      return [act, ...act.initiatives].flatMap((item) => [clipKey.item(item.id, 'title'), clipKey.item(item.id, 'easy')]).concat(clipKey.aboutAct(act.id));
    }
    case 'item': {
      const item = findItem(content, screen.itemId);
      if (!item) return [];
      return [clipKey.item(item.id, 'full'), clipKey.item(item.id, 'question'), clipKey.ui('controls.moreDetail'), clipKey.ui('controls.question')];
    }
    default:
      return [];
  }
}
