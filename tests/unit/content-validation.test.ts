import { describe, expect, it } from 'vitest';
import { buildContent } from '../../domain/content/build-content';
import { readContentSources } from '../../scripts/content-sources';

const clone = <T>(value: T): T => structuredClone(value);

describe('content validation', () => {
  it('leaves out a broken item whole and names file, item and field', () => {
    const sources = readContentSources();
    const locales = clone(sources.locales) as Record<string, { items: Record<string, Record<string, unknown>> }>;
    delete locales.es!.items.wetechcare!.question;
    const { content, problems } = buildContent({ ...sources, locales });
    const initiatives = content.acts.flatMap((act) => act.initiatives.map((i) => i.id));
    expect(initiatives).not.toContain('wetechcare');
    expect(initiatives).toContain('anlci');
    expect(problems).toContainEqual({ file: 'locales/es/programme.json', item: 'wetechcare', field: 'question', message: expect.any(String) });
  });

  it('leaves out an item missing in one language, so no text shows in another language', () => {
    const sources = readContentSources();
    const locales = clone(sources.locales) as Record<string, { items: Record<string, unknown> }>;
    delete locales.ar!.items['plateforme-neet'];
    const { content, problems } = buildContent({ ...sources, locales });
    expect(content.acts[2]!.initiatives.map((i) => i.id)).not.toContain('plateforme-neet');
    expect(problems).toContainEqual({ file: 'locales/ar/programme.json', item: 'plateforme-neet', field: 'items', message: 'missing in this language' });
  });

  it('rejects a title longer than 5 words and a missing pictogram', () => {
    const sources = readContentSources();
    const locales = clone(sources.locales) as Record<string, { items: Record<string, { title: string }> }>;
    locales.fr!.items.cep!.title = 'Un titre bien trop long pour un bouton';
    const removed = (sources.structure as { initiatives: { id: string; pictogram: string }[] }).initiatives.find((i) => i.id === 'fongecif-paca')!.pictogram;
    const { problems } = buildContent({ ...sources, locales, pictograms: new Set([...sources.pictograms].filter((p) => p !== removed)) });
    expect(problems).toContainEqual(expect.objectContaining({ file: 'locales/fr/programme.json', item: 'cep', field: 'title' }));
    expect(problems).toContainEqual(expect.objectContaining({ file: 'assets/content/programme.json', item: 'fongecif-paca', field: 'pictogram' }));
  });

  it('reports a corrupt structure file instead of crashing', () => {
    const sources = readContentSources();
    const { content, problems } = buildContent({ ...sources, structure: { acts: 'oops' } });
    expect(content.acts).toEqual([]);
    expect(problems[0]).toMatchObject({ file: 'assets/content/programme.json', item: '(structure)' });
  });

  it('flags an easy text that breaks a rule, in the language where it does', () => {
    const sources = readContentSources();
    const locales = clone(sources.locales) as Record<string, { items: Record<string, { easy: string[] }> }>;
    locales.en!.items.anlci!.easy[0] = 'The ANLCI acts against illiteracy, and it has three goals.';
    const { problems } = buildContent({ ...sources, locales });
    expect(problems).toContainEqual(expect.objectContaining({ file: 'locales/en/programme.json', item: 'anlci', field: 'easy[1]', message: expect.stringContaining('numbers-in-digits') }));
  });

  it('rejects an address that carries a tracking parameter, naming the reference', () => {
    const sources = readContentSources();
    const structure = clone(sources.structure) as { references: { id: string; url: string | null }[] };
    structure.references.find((r) => r.id === 'mon-cep-act-4')!.url = 'http://www.mon-cep.org/?gclid=CKuw6PTIrM8CFdMV0wodeYkOsw';
    const { problems } = buildContent({ ...sources, structure });
    expect(problems).toContainEqual(expect.objectContaining({ file: 'assets/content/programme.json', message: 'remove the tracking parameter from the address' }));
  });

  it('rejects a presenter without a role, or a name where the page gives none', () => {
    const sources = readContentSources();
    const locales = clone(sources.locales) as Record<string, { items: Record<string, { presenter: unknown; spoken?: Record<string, unknown> }> }>;
    locales.fr!.items.cep!.presenter = 'Les 5 opérateurs nationaux du CEP';
    locales.en!.items.cep!.presenter = { role: 'not-given', name: 'The 5 national operators' };
    locales.es!.items.cep!.spoken = { ...locales.es!.items.cep!.spoken, presenter: 'Los 5 operadores' };
    const { content, problems } = buildContent({ ...sources, locales });
    expect(content.acts[2]!.initiatives.map((i) => i.id)).not.toContain('cep');
    expect(problems).toContainEqual(expect.objectContaining({ file: 'locales/fr/programme.json', item: 'cep', field: 'presenter' }));
    expect(problems).toContainEqual(expect.objectContaining({ file: 'locales/en/programme.json', item: 'cep', field: 'presenter' }));
    expect(problems).toContainEqual(expect.objectContaining({ file: 'locales/es/programme.json', item: 'cep', field: 'spoken.presenter' }));
  });

  it('checks the questions and the lexicon explanations with the easy-to-read rules too', () => {
    const sources = readContentSources();
    const locales = clone(sources.locales) as Record<string, { items: Record<string, { question: string }>; lexicon: Record<string, { explanation: string[] }> }>;
    locales.fr!.items.cep!.question = 'Et vous, quel conseil aimeriez-vous pour votre avenir ?';
    locales.fr!.lexicon.sondage!.explanation = ['Un sondage est fait auprès de beaucoup de personnes.'];
    const { problems } = buildContent({ ...sources, locales });
    expect(problems).toContainEqual(expect.objectContaining({ item: 'cep', field: 'question', message: expect.stringContaining('inverted-question') }));
    expect(problems).toContainEqual(expect.objectContaining({ item: 'cep', field: 'question', message: expect.stringContaining('conditional') }));
    expect(problems).toContainEqual(expect.objectContaining({ item: 'sondage', field: 'lexicon.explanation[1]', message: expect.stringContaining('passive-voice') }));
  });
});
