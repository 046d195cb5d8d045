import { formattingLocale } from '../i18n/languages';

/** Numbers, money and dates in the reader's locale. */
export function formatNumber(value: number | undefined | null, language: string, digits = 0): string {
  if (value === undefined || value === null || Number.isNaN(value)) return '–';
  return new Intl.NumberFormat(formattingLocale(language), { maximumFractionDigits: digits }).format(value);
}

export function formatMoney(amount: number | undefined | null, currency: string | undefined, language: string): string {
  if (amount === undefined || amount === null || !currency) return '–';
  try {
    return new Intl.NumberFormat(formattingLocale(language), {
      style: 'currency',
      currency,
      maximumFractionDigits: 0,
      notation: Math.abs(amount) >= 1e9 ? 'compact' : 'standard',
    }).format(amount);
  } catch {
    return `${formatNumber(amount, language)} ${currency}`;
  }
}

export function formatDate(value: string | undefined | null, language: string): string {
  if (!value) return '–';
  const date = new Date(value.length === 10 ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(date.getTime())) return value;
  const dateOnly = value.length === 10;
  return new Intl.DateTimeFormat(formattingLocale(language), {
    dateStyle: 'medium',
    ...(dateOnly ? { timeZone: 'UTC' } : { timeStyle: 'short' }),
  }).format(date);
}

export function formatPercent(share: number | undefined | null, language: string): string {
  if (share === undefined || share === null) return '–';
  return new Intl.NumberFormat(formattingLocale(language), { style: 'percent', maximumFractionDigits: 0 }).format(share);
}
