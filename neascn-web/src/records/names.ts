import type { Country, LocalizedText } from '../api/types';
import { choose } from './localized';

/** A lookup of reference names (countries, focus areas) by code, in the reader's language. */
export function namer<T extends { code?: string; name?: LocalizedText }>(items: T[] | undefined, language: string) {
  const byCode = new Map((items ?? []).map((i) => [i.code ?? '', i.name]));
  return (code: string | undefined) => {
    if (!code) return '–';
    const name = byCode.get(code);
    return name ? choose(name, language).text || code : code;
  };
}

export function countryNamer(countries: Country[] | undefined, language: string) {
  return namer(countries, language);
}
