import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../contract/venue-config';
import { clipKey } from '../../domain/narration/clip-keys';
import { buildContent } from '../../domain/content/build-content';
import { CONTROL_BAR_CLIPS, arrivalClips, reachableClips } from '../../domain/narration/screen-narration';
import { readContentSources } from '../../scripts/content-sources';
import { readNarrationCatalogue } from '../../scripts/voice/narration-sources';

const catalogue = readNarrationCatalogue();
const { content } = buildContent(readContentSources());
const keys = (language: string) => new Set(catalogue.filter((t) => t.language === language).map((t) => t.key));

describe('narration catalogue', () => {
  it.each(LANGUAGES)('has every item field, lexicon word and reference in %s', (language) => {
    const have = keys(language);
    for (const act of content.acts) {
      for (const item of [act, ...act.initiatives]) {
        for (const field of ['title', 'easy', 'full', 'presenter', 'question'] as const) expect(have.has(clipKey.item(item.id, field)), `${item.id}.${field}`).toBe(true);
        for (const reference of item.references) expect(have.has(clipKey.reference(reference.id))).toBe(true);
      }
    }
    for (const entry of content.lexicon) {
      expect(have.has(clipKey.lexicon(entry.id, 'word'))).toBe(true);
      expect(have.has(clipKey.lexicon(entry.id, 'explanation'))).toBe(true);
    }
  });

  it.each(LANGUAGES)('has every clip a screen plays or preloads, in %s', (language) => {
    const have = keys(language);
    const screens = [
      { name: 'home' as const },
      { name: 'help' as const },
      { name: 'about' as const },
      { name: 'credits' as const },
      { name: 'settings' as const },
      ...content.acts.map((act) => ({ name: 'act' as const, actId: act.id })),
      ...content.acts.flatMap((act) => [act, ...act.initiatives]).map((item) => ({ name: 'item' as const, itemId: item.id })),
    ];
    for (const screen of screens) for (const key of [...arrivalClips(screen), ...reachableClips(screen, content)]) expect(have.has(key), `${language} ${key}`).toBe(true);
    for (const key of [...CONTROL_BAR_CLIPS, ...(['idle.stillThere', 'attract.invitation', 'language.name', 'controls.resume'] as const).map(clipKey.ui)]) expect(have.has(key), key).toBe(true);
  });

  it('gives every text a spoken line for each displayed line', () => {
    for (const text of catalogue) expect(text.spokenLines.length, `${text.language}/${text.key}`).toBe(text.lines.length);
  });

  it('uses the spoken form where the written one would be mispronounced, and shows the written one', () => {
    const wetechcare = catalogue.find((t) => t.language === 'fr' && t.key === 'item.wetechcare.title')!;
    expect(wetechcare.lines[0]).toContain('WeTechCare');
    expect(wetechcare.spokenLines[0]).toContain('Wi Tek Kèr');
  });

  it('speaks who presents an item with the role the page gives them, in every language', () => {
    const line = (language: string, id: string) => catalogue.find((t) => t.language === language && t.key === clipKey.item(id, 'presenter'))!;
    expect(line('fr', 'fongecif-bourgogne').lines).toEqual(['Présenté par : Le Fongecif Bourgogne']);
    expect(line('fr', 'fongecif-bourgogne').spokenLines).toEqual(['Présenté par : Le Fongé-cif Bourgogne']);
    expect(line('fr', 'travail-transforme').lines[0]).toMatch(/^Cités dans le programme : Dominique Méda et Patricia Vendramin/);
    expect(line('fr', 'cep').lines).toEqual(['Le programme ne dit pas qui présente.']);
    expect(line('en', 'act-1').lines).toEqual(['Guest speaker who closes the act: Aurialie Jublin (Fing)']);
    expect(line('es', 'wetechcare').lines).toEqual(['Iniciativa impulsada por: WeTechCare']);
    expect(line('ar', 'bip-zip-lisbonne').lines).toEqual(['لا يذكر البرنامج اسم من يقدّم هذه الفقرة.']);
  });
});

