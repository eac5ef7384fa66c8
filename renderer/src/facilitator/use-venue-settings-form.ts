import { useEffect, useRef, useState, type FormEvent } from 'react';
import { LANGUAGES, VENUE_NUMBER_RULES, type ConfigProblem, type VenueConfig } from '../../../contract/venue-config';
import { kioskApi } from '../platform/kiosk-api';
import { useKioskStore } from '../state/kiosk-store';
import { useFacilitatorStore, type SettingsDraft } from './facilitator-store';
import { useSessionGuard } from './use-session-guard';

export type NumberField = keyof typeof VENUE_NUMBER_RULES;
export const NUMBER_FIELDS = Object.keys(VENUE_NUMBER_RULES) as NumberField[];
export type DraftValues = Omit<SettingsDraft, 'changedAt'>;

function draftOf(venue: VenueConfig): DraftValues {
  return {
    numbers: Object.fromEntries(NUMBER_FIELDS.map((field) => [field, String(venue[field])])) as DraftValues['numbers'],
    scanning: venue.scanningByDefault,
    scanMode: venue.scanMode,
    positions: LANGUAGES.map((_, index) => venue.languages[index] ?? ''),
    defaultLanguage: venue.defaultLanguage,
  };
}

export type SaveOutcome = { saved: true } | { saved: false; problems: ConfigProblem[] } | null;

/**
 * The venue settings form's behaviour: its values kept in the facilitator store until saved (a session that
 * ends, or a visit to the menu, loses nothing), a real submission (Enter in a field saves), and after a
 * refusal, focus on the first field refused.
 */
export function useVenueSettingsForm() {
  const venue = useKioskStore((s) => s.venue);
  const setVenue = useKioskStore((s) => s.setVenue);
  const kept = useFacilitatorStore((s) => s.settingsDraft);
  const keep = useFacilitatorStore((s) => s.keepSettingsDraft);
  const guard = useSessionGuard();
  // Changes left unsaved before this form opened: said, so that nobody takes them for the saved settings.
  const [keptSince] = useState(() => kept?.changedAt ?? null);
  const [outcome, setOutcome] = useState<SaveOutcome>(null);
  const form = useRef<HTMLFormElement>(null);
  const values: DraftValues = kept ?? draftOf(venue);

  const change = (patch: Partial<DraftValues>) => {
    setOutcome(null);
    keep({ ...values, ...patch, changedAt: Date.now() });
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const wanted: Partial<VenueConfig> = {
      scanningByDefault: values.scanning,
      scanMode: values.scanMode,
      languages: values.positions.filter((language) => language !== ''),
      defaultLanguage: values.defaultLanguage,
    };
    for (const field of NUMBER_FIELDS) wanted[field] = values.numbers[field].trim() === '' ? Number.NaN : Number(values.numbers[field]);
    const changed = Object.fromEntries(Object.entries(wanted).filter(([field, value]) => JSON.stringify(value) !== JSON.stringify(venue[field as keyof VenueConfig])));
    if (Object.keys(changed).length === 0) {
      keep(null);
      return setOutcome({ saved: true });
    }
    const reply = await guard(() => kioskApi.updateVenueSettings(changed));
    if (!reply) return;
    if (reply.ok) {
      setVenue(reply.reply.config);
      keep(null);
      setOutcome({ saved: true });
    } else setOutcome({ saved: false, problems: reply.problems });
  };

  useEffect(() => {
    if (outcome && !outcome.saved) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [outcome]);

  return { values, change, submit, outcome, keptSince: kept ? keptSince : null, form };
}
