/**
 * Every text the kiosk speaks, in every language: the single list that the voice pipeline synthesises,
 * the manifest test checks, and the page plays. Pure: used by the build and the page.
 */
import { LANGUAGES, type Language } from '../../contract/venue-config';
import type { Content, ResolvedItem } from '../content/build-content';
import type { ItemText, PresenterRole } from '../content/content-schema';
import { clipKey, type ItemField } from './clip-keys';

export type NarrationLevel = 'easy' | 'full' | 'label';

export interface NarrationText {
  key: string;
  language: Language;
  level: NarrationLevel;
  /** The text as displayed, one entry per line: word timings index into these. */
  lines: string[];
  /** The text as the voice must say it, line for line. */
  spokenLines: string[];
}

/** The spoken UI strings: every control label, screen name and help text. */
export interface UiStrings {
  language: { name: string };
  attract: { title: string; touch: string; invitation: string };
  screen: Record<string, string>;
  home: { intro: string; actLabel: string };
  act: { aboutAct: string };
  /** A label for each presenter role, and the template of the spoken line ("{{role}} : {{name}}"). */
  item: { presenter: Record<PresenterRole | 'line', string>; references: string; question: string };
  controls: Record<string, string>;
  lexicon: { title: string; words: string };
  audio: { missing: string };
  help: { lines: string[] };
  about: { lines: string[] };
  credits: Record<string, string>;
  settings: NestedStrings;
  idle: NestedStrings;
}

interface NestedStrings {
  [name: string]: string | NestedStrings;
}

/** Every string of a section, with its dotted path: `settings.rate.1_25`. */
function flatten(prefix: string, strings: NestedStrings): [string, string][] {
  return Object.entries(strings).flatMap(([name, value]) => (typeof value === 'string' ? [[`${prefix}.${name}`, value] as [string, string]] : flatten(`${prefix}.${name}`, value)));
}

const ITEM_LEVELS: Record<ItemField, NarrationLevel> = { title: 'label', easy: 'easy', full: 'full', presenter: 'label', question: 'label' };

export function interpolate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? ''));
}

/** The presenter line says the role with the name ("Présenté par : …"), or that the page names no one. */
export function presenterLine(text: ItemText, labels: UiStrings['item']['presenter'], spoken = false): string {
  const { presenter } = text;
  if (presenter.role === 'not-given') return labels['not-given'];
  const name = spoken ? (text.spoken?.presenter ?? presenter.name) : presenter.name;
  return interpolate(labels.line, { role: labels[presenter.role], name });
}

export function narrationCatalogue(content: Content, ui: Record<Language, UiStrings>): NarrationText[] {
  const texts: NarrationText[] = [];
  const add = (key: string, language: Language, level: NarrationLevel, lines: string[], spokenLines: string[] = lines) =>
    texts.push({ key, language, level, lines, spokenLines });

  const items: ResolvedItem[] = content.acts.flatMap((act) => [act, ...act.initiatives]);
  for (const language of LANGUAGES) {
    const strings = ui[language];
    const spokenReferences = new Set<string>();
    for (const item of items) {
      const text = item.text[language];
      for (const field of Object.keys(ITEM_LEVELS) as ItemField[]) {
        if (field === 'presenter') {
          add(clipKey.item(item.id, field), language, ITEM_LEVELS[field], [presenterLine(text, strings.item.presenter)], [presenterLine(text, strings.item.presenter, true)]);
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
    }
    content.acts.forEach((act, index) => {
      add(clipKey.ui(`home.actLabel.${act.id}`), language, 'label', [interpolate(strings.home.actLabel, { number: index + 1, title: act.text[language].title })],
        [interpolate(strings.home.actLabel, { number: index + 1, title: act.text[language].spoken?.title ?? act.text[language].title })]);
      add(clipKey.ui(`act.aboutAct.${act.id}`), language, 'label', [interpolate(strings.act.aboutAct, { number: index + 1 })]);
    });
    const labels: [string, string][] = [
      ['language.name', strings.language.name],
      ['attract.title', strings.attract.title],
      ['attract.touch', strings.attract.touch],
      ['attract.invitation', strings.attract.invitation],
      ['home.intro', strings.home.intro],
      ['item.references', strings.item.references],
      ['item.question', strings.item.question],
      ['lexicon.title', strings.lexicon.title],
      ['lexicon.words', strings.lexicon.words],
      ['audio.missing', strings.audio.missing],
      ...flatten('screen', strings.screen),
      ...flatten('controls', strings.controls),
      ...flatten('credits', strings.credits),
      ...flatten('settings', strings.settings),
      ...flatten('idle', strings.idle),
    ];
    for (const [path, value] of labels.filter(([, value]) => !value.includes('{{'))) add(clipKey.ui(path), language, 'label', [value]);
    add(clipKey.ui('help.lines'), language, 'easy', [...strings.help.lines]);
    add(clipKey.ui('about.lines'), language, 'easy', [...strings.about.lines]);
  }
  return texts;
}
