import type { PartialDate } from '../../schemas/common.ts';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "2025-06-29" → "29 June 2025"; "2025-06" → "June 2025"; "2025" → "2025". */
export function formatDate(value: string): string {
  const [year, month, day] = value.split('-');
  if (!month) return year ?? value;
  const monthName = MONTHS[Number(month) - 1] ?? month;
  return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}

/** The same, for a statement's date, which may be unknown. */
export function formatPartialDate(date: PartialDate | undefined): string {
  return date ? formatDate(date.value) : 'Date not given';
}

/** A section's period: "4 June 2025", "24–25 June 2025" or "30 April 2025 – 15 August 2025". */
export function formatPeriod({ from, to }: { from: string; to?: string | undefined }): string {
  if (!to || to === from) return formatDate(from);
  if (from.slice(0, 7) === to.slice(0, 7)) return `${Number(from.slice(8))}–${formatDate(to)}`;
  return `${formatDate(from)} – ${formatDate(to)}`;
}

/** The first day a partial date can mean: "2012-05" → "2012-05-01". */
export function firstDay(value: string): string {
  return `${value}-01-01`.slice(0, 10);
}

/** The last day a partial date can mean: "2008" → "2008-12-31", "2025-02" → "2025-02-28". */
export function lastDay(value: string): string {
  const [year, month, day] = value.split('-').map(Number);
  if (day) return value;
  const end = new Date(Date.UTC(year ?? 0, month ?? 12, 0));
  return end.toISOString().slice(0, 10);
}
