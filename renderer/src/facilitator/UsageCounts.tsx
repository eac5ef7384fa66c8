import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UsageCounts as Counts } from '../../../contract/kiosk-api';
import { LANGUAGES } from '../../../contract/venue-config';
import type { UiTextKey } from '../../../domain/narration/clip-keys';
import { VISITOR_SETTINGS, type DayCounts } from '../../../domain/usage/usage-counts';
import { PressableButton } from '../components/PressableButton';
import { useContent } from '../content/content-context';
import { kioskApi } from '../platform/kiosk-api';
import { useKioskStore } from '../state/kiosk-store';
import { useSessionGuard } from './use-session-guard';
import { saveMessage } from './save-message';

/** Days shown in the table and the chart; the CSV has them all. */
const DAYS_SHOWN = 14;
const SETTING_LABELS = { textSize: 'settings.textSize', highContrast: 'settings.highContrast', speechRate: 'settings.speed', volume: 'settings.volume', scanning: 'settings.scanning' } as const satisfies Record<(typeof VISITOR_SETTINGS)[number], UiTextKey>;
const sum = (values: Record<string, number | undefined>) => Object.values(values).reduce<number>((total, n) => total + (n ?? 0), 0);

/** A labelled horizontal bar per entry; the number is text, the bar only draws it. Nothing to draw, no chart (not an empty list). */
function BarChart({ title, rows }: { title: string; rows: { label: string; value: number; lang?: string }[] }) {
  if (rows.length === 0) return null;
  const max = Math.max(1, ...rows.map((row) => row.value));
  return (
    <figure className="bar-chart">
      <figcaption>{title}</figcaption>
      <ul>
        {rows.map((row) => (
          <li key={row.label}>
            <span className="bar-label" lang={row.lang}>
              {row.label}
            </span>
            <span className="bar" style={{ inlineSize: `${(row.value / max) * 100}%` }} aria-hidden="true" />
            <span className="bar-value">{row.value}</span>
          </li>
        ))}
      </ul>
    </figure>
  );
}

function totalsOf(days: DayCounts[]) {
  const merge = (pick: (day: DayCounts) => Record<string, number | undefined>) => {
    const totals: Record<string, number> = {};
    for (const day of days) for (const [key, n] of Object.entries(pick(day))) totals[key] = (totals[key] ?? 0) + (n ?? 0);
    return totals;
  };
  return { languages: merge((d) => d.languages), settings: merge((d) => d.settings), itemsOpened: merge((d) => d.itemsOpened) };
}

/** The anonymous counts: a table of the last days, bar charts, and the CSV export. */
export function UsageCounts() {
  const { t, i18n } = useTranslation();
  const content = useContent();
  const language = useKioskStore((s) => s.language);
  const guard = useSessionGuard();
  const [counts, setCounts] = useState<Counts | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  useEffect(() => {
    void guard(() => kioskApi.usageCounts()).then((result) => result && setCounts(result));
  }, [guard]);

  const exportCsv = async () => {
    const result = await guard(() => kioskApi.exportUsageCsv());
    if (result) setMessage(saveMessage(t, result));
  };

  const days = counts ? Object.keys(counts.days).sort().reverse().slice(0, DAYS_SHOWN) : [];
  const shown = days.map((day) => counts!.days[day]!);
  const totals = totalsOf(shown);
  const titleOf = (id: string) => {
    const item = content.acts.flatMap((act) => [act, ...act.initiatives]).find((entry) => entry.id === id);
    return item ? item.text[language].title : id;
  };

  return (
    <section aria-labelledby="usage-title" className="facilitator-section">
      <h1 id="usage-title" className="screen-title" tabIndex={-1}>
        {t('facilitator.usage.title')}
      </h1>
      <p>{t('facilitator.usage.note')}</p>
      {counts && days.length === 0 && <p>{t('facilitator.usage.empty')}</p>}
      {days.length > 0 && (
        <>
          <table className="usage-table">
            <thead>
              <tr>
                {(['day', 'visits', 'workshops', 'itemsOpened', 'itemsHeard'] as const).map((column) => (
                  <th key={column} scope="col">
                    {t(`facilitator.usage.${column}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {days.map((day, index) => (
                <tr key={day}>
                  <th scope="row">{day}</th>
                  <td>{shown[index]!.visits}</td>
                  <td>{shown[index]!.workshops}</td>
                  <td>{sum(shown[index]!.itemsOpened)}</td>
                  <td>{sum(shown[index]!.itemsHeard)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="usage-charts">
            <BarChart title={t('facilitator.usage.visitsChart')} rows={[...days].reverse().map((day) => ({ label: day, value: counts!.days[day]!.visits }))} />
            <BarChart title={t('facilitator.usage.languages')} rows={LANGUAGES.map((code) => ({ label: i18n.getFixedT(code)('language.name'), value: totals.languages[code] ?? 0, lang: code }))} />
            <BarChart title={t('facilitator.usage.settings')} rows={VISITOR_SETTINGS.map((name) => ({ label: t(SETTING_LABELS[name]), value: totals.settings[name] ?? 0 }))} />
            <BarChart
              title={t('facilitator.usage.itemsOpened')}
              rows={Object.entries(totals.itemsOpened)
                .sort((a, b) => b[1] - a[1])
                .slice(0, 10)
                .map(([id, value]) => ({ label: titleOf(id), value }))}
            />
          </div>
        </>
      )}
      <PressableButton className="action" uiKey="facilitator.usage.export" onPress={() => void exportCsv()} />
      {message && <p role="status">{message}</p>}
    </section>
  );
}
