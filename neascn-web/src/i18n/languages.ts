/**
 * The interface languages: English, Korean, Chinese (Simplified), Japanese, Russian and
 * Mongolian (Cyrillic). A browser's tag is mapped onto one of them; records keep every language
 * of their own, whatever the interface speaks.
 */
export const LANGUAGES = ['en', 'ko', 'zh-Hans', 'ja', 'ru', 'mn'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Each language's name in itself, for the switcher. */
export const LANGUAGE_NAMES: Record<Language, string> = {
  en: 'English',
  ko: '한국어',
  'zh-Hans': '简体中文',
  ja: '日本語',
  ru: 'Русский',
  mn: 'Монгол',
};

/** The interface language for a BCP 47 tag, or undefined when none fits. */
export function interfaceLanguage(tag: string | undefined | null): Language | undefined {
  if (!tag) return undefined;
  const lower = tag.toLowerCase();
  if (lower.startsWith('zh')) {
    // Traditional scripts and regions are not offered; Simplified is the closest we have.
    return 'zh-Hans';
  }
  const primary = lower.split(/[-_]/)[0];
  return LANGUAGES.find((l) => l === primary);
}

/** The locale used for dates and numbers: the interface language (zh-Hans is a valid tag). */
export function formattingLocale(language: string): string {
  return interfaceLanguage(language) ?? 'en';
}
