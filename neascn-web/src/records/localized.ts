import type { LocalizedText } from '../api/types';

/** A text of a record chosen for a reader: in the reader's language where one exists. */
export interface Chosen {
  text: string;
  /** The BCP 47 tag of the text shown. */
  language: string;
  /** True when the reader's language had no text and another one is shown. */
  foreign: boolean;
}

function primary(tag: string): string {
  return tag.toLowerCase().split('-')[0] ?? tag;
}

/** The reader's language if the record has it (zh-Hans matches zh), else the original. */
export function choose(value: LocalizedText | undefined | null, reader: string): Chosen {
  const texts = value?.texts ?? {};
  const entries = Object.entries(texts).filter(([, t]) => typeof t === 'string' && t.length > 0);
  if (entries.length === 0) return { text: '', language: reader, foreign: false };
  const exact = entries.find(([tag]) => tag.toLowerCase() === reader.toLowerCase());
  const sameLanguage = exact ?? entries.find(([tag]) => primary(tag) === primary(reader));
  if (sameLanguage) return { text: sameLanguage[1], language: sameLanguage[0], foreign: false };
  const original = value?.original && texts[value.original] ? value.original : entries[0]![0];
  return { text: texts[original]!, language: original, foreign: true };
}

/** A LocalizedText with one language's text set (empty text removes it). */
export function withText(value: LocalizedText | undefined, language: string, text: string): LocalizedText {
  const texts = { ...(value?.texts ?? {}) };
  if (text) texts[language] = text;
  else delete texts[language];
  // The original language is the writer's choice: emptying its text does not change it.
  return { original: value?.original ?? language, texts };
}

/** A text as it is sent: languages whose text is empty are dropped; the original stays named. */
export function cleanText(text: LocalizedText): LocalizedText;
export function cleanText(text: LocalizedText | undefined): LocalizedText | undefined;
export function cleanText(text: LocalizedText | undefined): LocalizedText | undefined {
  if (!text) return undefined;
  const texts = Object.fromEntries(Object.entries(text.texts ?? {}).filter(([, v]) => typeof v === 'string' && v.trim() !== ''));
  return { original: text.original, texts };
}
