/** What each screen says on arrival, and which clips one press can reach from it (decoded ahead). */
import type { Language } from '../languages';
import { clipKey, inLanguage, type ClipKey, type ClipRequest } from './clip-keys';
import type { Content } from '../content/build-content';
import { findItem } from '../content/page-content';
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

/**
 * Clips one press can reach, most urgent first. On an act's screen a tap plays a title, then the easy text:
 * every title comes before any text, so whichever tile is tapped first, its first clip is ready.
 */
export function reachableClips(screen: Screen, content: Content): ClipKey[] {
  switch (screen.name) {
    case 'attract':
      return [clipKey.ui('screen.home'), clipKey.ui('home.intro')];
    case 'home':
      return content.acts.map((act) => clipKey.actLabel(act.id));
    case 'act': {
      const act = content.acts.find((a) => a.id === screen.actId);
      if (!act) return [];
      const items = [act, ...act.initiatives];
      return [...items.map((item) => clipKey.item(item.id, 'title')), ...items.map((item) => clipKey.item(item.id, 'easy')), clipKey.aboutAct(act.id)];
    }
    case 'item': {
      const item = findItem(content, screen.itemId);
      if (!item) return [];
      // The full text, long (a minute of audio, 11 MB decoded), comes last.
      return [clipKey.item(item.id, 'question'), clipKey.ui('controls.moreDetail'), clipKey.ui('controls.question'), clipKey.item(item.id, 'full')];
    }
    default:
      return [];
  }
}

/** From the attract screen a visit can start in any offered language: what the first screen says, in each. */
export function visitStartClips(languages: readonly Language[]): ClipRequest[] {
  return languages.flatMap((language) => arrivalClips({ name: 'home' }).map((key) => inLanguage(language, key)));
}

/** What "out of order" says, in each offered language in turn. */
export const outOfOrderClips = (languages: readonly Language[]): ClipRequest[] => languages.map((language) => inLanguage(language, clipKey.ui('outOfOrder.lines')));
