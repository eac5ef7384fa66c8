/**
 * Every text the kiosk speaks, in every language: the single list that the voice pipeline synthesises,
 * the manifest test checks, and the page plays. UI strings are rendered by the same i18next instance as the
 * page's (ui-text.ts), so a spoken label is always the label shown. Pure: used by the build and the page.
 */
import type { i18n } from 'i18next';
import type { Content, ResolvedItem } from '../content/build-content';
import { LANGUAGES, type Language } from '../languages';
import type { ItemText } from '../content/content-schema';
import { clipKey, type ClipKey, type ItemField, type UiTextKey } from './clip-keys';
import { UI_NAMESPACE } from './ui-text';

export type NarrationLevel = 'easy' | 'full' | 'label';

export interface NarrationText {
  key: ClipKey;
  language: Language;
  level: NarrationLevel;
  /** The text as displayed, one entry per line: word timings index into these. */
  lines: string[];
  /** The text as the voice must say it, line for line. */
  spokenLines: string[];
}

interface NestedStrings {
  [name: string]: string | string[] | NestedStrings;
}

/** Every text of the UI resources with its dotted path; templates (with `{{…}}`) are spoken only once filled in. */
function uiTextPaths(prefix: string, strings: NestedStrings): { path: UiTextKey; lines: boolean }[] {
  return Object.entries(strings).flatMap(([name, value]) => {
    const path = `${prefix}${name}`;
    if (typeof value === 'string') return value.includes('{{') ? [] : [{ path: path as UiTextKey, lines: false }];
    if (Array.isArray(value)) return [{ path: path as UiTextKey, lines: true }];
    return uiTextPaths(`${path}.`, value);
  });
}

const ITEM_LEVELS: Record<ItemField, NarrationLevel> = { title: 'label', easy: 'easy', full: 'full', presenter: 'label', question: 'label' };

/**
 * Sections of ui.json that are shown but never spoken on their own: the app title is the attract screen's
 * heading; the voice studio is a recording booth, where a label spoken aloud would end up in the take.
 */
const UNSPOKEN_SECTIONS = new Set(['app', 'studio']);

/** The presenter line says the role with the name ("Présenté par : …"), or that the page names no one. */
export function presenterLine(uiText: i18n, language: Language, text: ItemText, spoken = false): string {
  const t = uiText.getFixedT(language, UI_NAMESPACE);
  const { presenter } = text;
  if (presenter.role === 'not-given') return t('item.presenter.not-given');
  const name = spoken ? (text.spoken?.presenter ?? presenter.name) : presenter.name;
  return t('item.presenter.line', { role: t(`item.presenter.${presenter.role}`), name });
}

export function narrationCatalogue(content: Content, uiText: i18n): NarrationText[] {
  const texts: NarrationText[] = [];
  const add = (key: ClipKey, language: Language, level: NarrationLevel, lines: string[], spokenLines: string[] = lines) =>
    texts.push({ key, language, level, lines, spokenLines });

  const items: ResolvedItem[] = content.acts.flatMap((act) => [act, ...act.initiatives]);
  for (const language of LANGUAGES) {
    const t = uiText.getFixedT(language, UI_NAMESPACE);
    const spokenReferences = new Set<string>();
    for (const item of items) {
      const text = item.text[language];
      for (const field of Object.keys(ITEM_LEVELS) as ItemField[]) {
        if (field === 'presenter') {
          add(clipKey.item(item.id, field), language, ITEM_LEVELS[field], [presenterLine(uiText, language, text)], [presenterLine(uiText, language, text, true)]);
          continue;
        }
        const shown = text[field];
        const lines = Array.isArray(shown) ? [...shown] : [shown];
        const spoken = text.spoken?.[field];
        add(clipKey.item(item.id, field), language, ITEM_LEVELS[field], lines, spoken === undefined ? lines : Array.isArray(spoken) ? [...spoken] : [spoken]);
      }
      for (const reference of item.references) {
        if (spokenReferences.has(reference.id)) continue;
        spokenReferences.add(reference.id);
        add(clipKey.reference(reference.id), language, 'label', [reference.label[language]]);
      }
    }
    for (const entry of content.lexicon) {
      const text = entry.text[language];
      add(clipKey.lexicon(entry.id, 'word'), language, 'label', [text.word], [text.spoken?.word ?? text.word]);
      add(clipKey.lexicon(entry.id, 'explanation'), language, 'easy', [...text.explanation], [...(text.spoken?.explanation ?? text.explanation)]);
      add(clipKey.lexiconOpen(entry.id), language, 'label', [lexiconOpenLabel(uiText, language, text.word)], [lexiconOpenLabel(uiText, language, text.spoken?.word ?? text.word)]);
    }
    content.acts.forEach((act, index) => {
      const title = act.text[language];
      add(clipKey.actLabel(act.id), language, 'label', [actLabel(uiText, language, index, title.title)], [actLabel(uiText, language, index, title.spoken?.title ?? title.title)]);
      add(clipKey.aboutAct(act.id), language, 'label', [aboutActLabel(uiText, language, index)]);
    });
    const resources = uiText.getResourceBundle(language, UI_NAMESPACE) as NestedStrings;
    const sections = Object.fromEntries(Object.entries(resources).filter(([section]) => !UNSPOKEN_SECTIONS.has(section)));
    for (const { path, lines } of uiTextPaths('', sections)) {
      if (lines) add(clipKey.ui(path), language, 'easy', [...(t(path, { returnObjects: true }) as string[])]);
      else add(clipKey.ui(path), language, 'label', [t(path)]);
    }
  }
  return texts;
}

/** "Act 2: Title": the tile's name on the home screen, the act screen's heading, and its clip. */
export function actLabel(uiText: i18n, language: Language, actIndex: number, title: string): string {
  return uiText.getFixedT(language, UI_NAMESPACE)('home.actLabel', { number: actIndex + 1, title });
}

export function lexiconOpenLabel(uiText: i18n, language: Language, word: string): string {
  return uiText.getFixedT(language, UI_NAMESPACE)('lexicon.open', { word });
}

export function aboutActLabel(uiText: i18n, language: Language, actIndex: number): string {
  return uiText.getFixedT(language, UI_NAMESPACE)('act.aboutAct', { number: actIndex + 1 });
}
