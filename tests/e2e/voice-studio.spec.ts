/**
 * The voice studio in the browser preview, with Chromium hearing a file as its microphone: the Spanish voice of
 * the build reading the French explanation of "numérique" (tests/fixtures/voice-takes). The take is recorded,
 * kept, and heard by a visitor in place of the synthetic clip, its words highlighted as the recording says
 * them; exported, then imported on a fresh profile; imported for words that have changed, it is "to check" and
 * never played. The visitor side never opens the microphone.
 */
import { readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { OpusDecoder } from 'opus-decoder';
import { integratedLoudness, TARGET_LUFS, TRUE_PEAK_CEILING_DBTP, truePeak } from '../../domain/audio/loudness';
import { readOggOpus } from '../unit/ogg-opus-reader';
import { expect, expectNarrationEnded, test } from './fixtures';
import { menuButton, PIN, setPreviewPin, typePin, ui } from './facilitator-helpers';

const studio = ui.studio;
const TAKES = path.resolve('tests/fixtures/voice-takes');
/** Where each word of the fake microphone's take starts, in seconds from its first word (the fixture's ground truth). */
const truth = JSON.parse(readFileSync(path.join(TAKES, 'mic-numerique.json'), 'utf8')) as { words: string[]; wordStarts: number[] };
const TOLERANCE_S = 0.15;
const CLIP_LEAD_IN_S = 0.08;
const TAKE_KEEPS_BEFORE_S = 0.15;
const WORD = 'numérique';
const EXPLANATION = `${studio.field.explanation} – ${WORD}`;

/** Counts the page's calls for a microphone, from its very start. */
async function countMicrophoneRequests(page: Page) {
  await page.addInitScript(() => {
    const media = navigator.mediaDevices;
    const original = media.getUserMedia.bind(media);
    (window as unknown as { microphoneRequests: number }).microphoneRequests = 0;
    media.getUserMedia = (constraints) => {
      (window as unknown as { microphoneRequests: number }).microphoneRequests++;
      return original(constraints);
    };
  });
  return () => page.evaluate(() => (window as unknown as { microphoneRequests: number }).microphoneRequests);
}

/** Every URL the page asks for by XHR (howler loads clips so) or fetch (word timings); blob: URLs are the recorded voices. */
async function watchClipLoads(page: Page) {
  await page.addInitScript(() => {
    const loads: string[] = [];
    (window as unknown as { clipLoads: string[] }).clipLoads = loads;
    const fetchOriginal = window.fetch.bind(window);
    window.fetch = (input, init) => {
      loads.push(input instanceof Request ? input.url : String(input));
      return fetchOriginal(input, init);
    };
    const open = XMLHttpRequest.prototype.open;
    XMLHttpRequest.prototype.open = function (this: XMLHttpRequest, method: string, url: string | URL, ...rest: unknown[]) {
      loads.push(String(url));
      return (open as (...args: unknown[]) => void).call(this, method, url, ...rest);
    };
  });
  return () => page.evaluate(() => [...(window as unknown as { clipLoads: string[] }).clipLoads]);
}

async function openStudio(page: Page) {
  await setPreviewPin(page);
  await page.keyboard.press('Control+Alt+Shift+KeyA');
  await typePin(page, PIN);
  await menuButton(page, ui.facilitator.menu.voice).click();
  await expect(page.getByRole('heading', { name: studio.title, level: 1 })).toBeFocused();
  await page.getByRole('combobox', { name: studio.group }).selectOption({ label: studio.groupLexicon });
  return page.getByRole('article', { name: EXPLANATION });
}

/** The visitor opens the explanation of "numérique" and hears it through; returns the times its words were marked. */
async function hearExplanation(page: Page) {
  await page.getByRole('button', { name: 'Français', exact: true }).click();
  await page.getByRole('button', { name: /^Acte 1 : / }).click();
  await page.getByRole('button', { name: "L'acte 1 en bref", exact: true }).click();
  // Every word marked in a dialog, watched from before the dialog opens: its first word is marked at once.
  await page.evaluate(() => {
    const marks: { word: string; at: number }[] = [];
    (window as unknown as { marks: typeof marks }).marks = marks;
    let last: Element | null = null;
    new MutationObserver(() => {
      const mark = document.querySelector('dialog mark');
      if (mark && mark !== last && mark.textContent) marks.push({ word: mark.textContent, at: performance.now() / 1000 });
      last = mark;
    }).observe(document.body, { subtree: true, childList: true });
  });
  await page.getByRole('button', { name: `Explication du mot ${WORD}` }).first().click();
  await expect(page.getByRole('dialog', { name: WORD })).toBeVisible();
  await expectNarrationEnded(page, 'lexicon.numerique.explanation');
  return page.evaluate(() => (window as unknown as { marks: { word: string; at: number }[] }).marks);
}

interface StoredText {
  clip: { words: { start: number }[]; duration: number; audio: number[] } | null;
}

/** The recorded text as the preview keeps it (IndexedDB), its clip's bytes as a list. */
function storedText(page: Page) {
  return page.evaluate(
    () =>
      new Promise<StoredText | undefined>((resolve, reject) => {
        const open = indexedDB.open('kelvoa-preview-voices');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('texts').objectStore('texts').get('fr/lexicon.numerique.explanation');
          request.onsuccess = () => resolve(request.result && { ...request.result, clip: request.result.clip && { ...request.result.clip, audio: [...request.result.clip.audio] } });
        };
      }),
  );
}

/** The clip as a visitor hears it: read by a second Ogg Opus reader (RFC 7845), decoded by libopus at 48 kHz. */
async function heardClip(bytes: Uint8Array): Promise<Float32Array> {
  const file = readOggOpus(bytes);
  const decoder = new OpusDecoder({ sampleRate: 48_000 });
  await decoder.ready;
  const { channelData, errors } = decoder.decodeFrames(file.packets);
  decoder.free();
  expect(errors).toEqual([]);
  return channelData[0]!.subarray(file.preSkip, file.finalGranule);
}

test('a take is recorded, kept, and heard by visitors with its words highlighted as said; the visitor side never opens the microphone', async ({ page }) => {
  test.setTimeout(120_000);
  const microphoneRequests = await countMicrophoneRequests(page);
  const clipLoads = await watchClipLoads(page);
  await page.goto('/');
  // A visit through the programme, with the explanation heard: no microphone.
  await hearExplanation(page);
  expect(await microphoneRequests()).toBe(0);
  expect(await clipLoads()).toContainEqual(expect.stringMatching(/lexicon\.numerique\.explanation-[^/]*\.opus$/));

  const text = await openStudio(page);
  await expect(text.getByText(studio.textStatus.synthesised)).toBeVisible();
  const line = text.getByRole('listitem');
  await expect(line.getByText(studio.status.synthesised, { exact: true })).toBeVisible();
  await line.getByRole('button', { name: studio.record, exact: true }).click();
  await expect(line.getByText('Enregistrement dans 3…')).toBeVisible();
  await expect(line.getByText(studio.recording)).toBeVisible({ timeout: 20_000 });
  // It stops by itself after a second of silence, is checked and encoded, and waits to be kept.
  await expect(line.getByRole('button', { name: studio.keep, exact: true })).toBeVisible({ timeout: 30_000 });
  expect(await microphoneRequests()).toBe(1);
  await expect(line.getByRole('button', { name: studio.listen, exact: true })).toBeVisible();
  await line.getByRole('button', { name: studio.keep, exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: studio.textDone })).toBeVisible({ timeout: 30_000 });
  await expect(text.getByText(studio.textStatus.recorded)).toBeVisible();
  await expect(line.getByText(studio.status.recorded, { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Français : 1 ligne enregistrée sur / })).toBeVisible();

  // The clip sounds like every built clip: valid Ogg Opus, at the kiosk's loudness, under its peak ceiling.
  const stored = await storedText(page);
  const heard = await heardClip(Uint8Array.from(stored!.clip!.audio));
  expect(Math.abs(integratedLoudness(heard, 48_000) - TARGET_LUFS)).toBeLessThanOrEqual(0.5);
  expect(truePeak(heard)).toBeLessThanOrEqual(TRUE_PEAK_CEILING_DBTP);
  expect(heard.length / 48_000).toBeCloseTo(stored!.clip!.duration, 1);

  // The word timings follow the recording: each word starts where the ground truth puts it.
  const starts = stored!.clip!.words.map((word) => word.start);
  expect(starts).toHaveLength(truth.wordStarts.length);
  // In the clip, the take starts after the lead-in, and its speech after the 150 ms a take keeps before it.
  truth.wordStarts.forEach((start, index) => expect(Math.abs(starts[index]! - (CLIP_LEAD_IN_S + TAKE_KEEPS_BEFORE_S + start)), `word ${index + 1} of ${JSON.stringify(starts)}`).toBeLessThanOrEqual(TOLERANCE_S));

  // The visitor hears the recording (a blob: URL, not the synthetic file) and the highlight follows it.
  await menuButton(page, ui.facilitator.menu.title).click();
  await menuButton(page, ui.facilitator.menu.leave).click();
  const loadsBefore = (await clipLoads()).length;
  const marks = await hearExplanation(page);
  const loaded = (await clipLoads()).slice(loadsBefore);
  expect(loaded.filter((url) => /lexicon\.numerique\.explanation-[^/]*\.opus$/.test(url))).toEqual([]);
  // Audio and word timings both from the recording (blob: URLs), every word highlighted in order, each when the
  // recording says it: the page's clock is read as the marks change, so a busy machine adds its delay to a few;
  // the typical word is within the tolerance, and at most one is far off (a stalled frame).
  expect(loaded.filter((url) => url.startsWith('blob:')).length, 'the recording and its word timings').toBeGreaterThanOrEqual(2);
  // In the order of the text; a frame-starved machine may skip a short word (it is marked between two frames).
  const letters = (word: string) => word.replace(/[^\p{L}]/gu, '');
  const said = truth.words.map(letters);
  let cursor = 0;
  const heardAt = marks.map((mark) => {
    cursor = said.indexOf(letters(mark.word), cursor);
    expect(cursor, `"${mark.word}" marked in the order of the text: ${JSON.stringify(marks.map((m) => m.word))}`).toBeGreaterThanOrEqual(0);
    return cursor++;
  });
  expect(heardAt.length, `words marked: ${JSON.stringify(marks.map((m) => m.word))}`).toBeGreaterThanOrEqual(said.length - 2);
  // Each mark's time less the recording's time for its word; the clock of the marks starts somewhere unknown, so
  // they are compared with their median, not with the first word (which a late first frame would shift).
  const offsets = marks.map((mark, index) => mark.at - starts[heardAt[index]!]!);
  const typical = [...offsets].sort((a, b) => a - b)[Math.floor(offsets.length / 2)]!;
  const lateness = offsets.map((offset) => Math.abs(offset - typical)).sort((a, b) => a - b);
  expect(lateness[Math.floor(lateness.length / 2)], `median of ${JSON.stringify(lateness)}`).toBeLessThanOrEqual(TOLERANCE_S);
  expect(lateness.at(-2), `second worst of ${JSON.stringify(lateness)}`).toBeLessThanOrEqual(2 * TOLERANCE_S);
  expect(await microphoneRequests()).toBe(1);
});

test('the voices exported on one kiosk are imported on a fresh one; a recording for words that changed is "to check" and never played', async ({ page, browser }, testInfo) => {
  test.setTimeout(120_000);
  await page.goto('/');
  const text = await openStudio(page);
  const line = text.getByRole('listitem');
  await line.getByRole('button', { name: studio.record, exact: true }).click();
  await line.getByRole('button', { name: studio.keep, exact: true }).click({ timeout: 40_000 });
  await expect(text.getByText(studio.textStatus.recorded)).toBeVisible({ timeout: 30_000 });
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: studio.export, exact: true }).click();
  const file = testInfo.outputPath('voices.kelvoa-voices.json');
  await (await downloading).saveAs(file);

  // A fresh profile: nothing recorded, then the file imported.
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  const clipLoads = await watchClipLoads(other);
  await other.goto('/');
  const imported = await openStudio(other);
  await expect(imported.getByText(studio.textStatus.synthesised)).toBeVisible();
  const choosing = other.waitForEvent('filechooser');
  await other.getByRole('button', { name: studio.import, exact: true }).click();
  await (await choosing).setFiles(file);
  const summary = other.getByRole('alertdialog');
  await expect(summary).toContainText('Textes : 1. À vérifier, leur texte a changé : 0.');
  await summary.getByRole('button', { name: studio.importApply, exact: true }).click();
  await expect(other.getByRole('status').filter({ hasText: studio.importDone })).toBeVisible();
  await expect(imported.getByText(studio.textStatus.recorded)).toBeVisible();
  await menuButton(other, ui.facilitator.menu.title).click();
  await menuButton(other, ui.facilitator.menu.leave).click();
  const before = (await clipLoads()).length;
  await hearExplanation(other);
  expect((await clipLoads()).slice(before).filter((url) => url.startsWith('blob:'))).not.toHaveLength(0);
  await fresh.close();

  // The same file, but recorded for other words: imported "to check", and the visitor hears the synthetic voice.
  const changed = JSON.parse(await readFile(file, 'utf8'));
  changed.texts[0].lines[0].text = 'Le numérique, ce sont les ordinateurs et les téléphones.';
  changed.texts[0].clip.shown = '0000000000000000';
  const changedFile = testInfo.outputPath('changed.kelvoa-voices.json');
  await writeFile(changedFile, JSON.stringify(changed));
  const third = await browser.newContext();
  const stale = await third.newPage();
  const staleLoads = await watchClipLoads(stale);
  await stale.goto('/');
  const checked = await openStudio(stale);
  const picking = stale.waitForEvent('filechooser');
  await stale.getByRole('button', { name: studio.import, exact: true }).click();
  await (await picking).setFiles(changedFile);
  await expect(stale.getByRole('alertdialog')).toContainText('Textes : 1. À vérifier, leur texte a changé : 1.');
  await stale.getByRole('alertdialog').getByRole('button', { name: studio.importApply, exact: true }).click();
  await expect(checked.getByText(studio.textStatus.toCheck)).toBeVisible();
  await expect(checked.getByRole('listitem').getByText(studio.status.toCheck, { exact: true })).toBeVisible();
  await menuButton(stale, ui.facilitator.menu.title).click();
  await menuButton(stale, ui.facilitator.menu.leave).click();
  const since = (await staleLoads()).length;
  await hearExplanation(stale);
  const played = (await staleLoads()).slice(since);
  expect(played.filter((url) => url.startsWith('blob:'))).toEqual([]);
  await third.close();
});
