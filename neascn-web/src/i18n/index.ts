import i18next from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import resourcesToBackend from 'i18next-resources-to-backend';
import { initReactI18next } from 'react-i18next';
import { interfaceLanguage, LANGUAGES } from './languages';

/**
 * Interface texts live in one JSON file per language and namespace under src/locales/<lng>/.
 * Namespaces are loaded when a screen asks for them, so another part of the application adds
 * its own files without touching these. Keys that are missing are recorded (window.__missingKeys)
 * so that the browser tests can prove that no screen shows one.
 */
const loaders = import.meta.glob<{ default: Record<string, unknown> }>('../locales/*/*.json');

export const missingKeys: string[] = [];
declare global {
  interface Window {
    __missingKeys?: string[];
  }
}

export function startI18n(forced?: string) {
  if (typeof window !== 'undefined') window.__missingKeys = missingKeys;
  return i18next
    .use(LanguageDetector)
    .use(
      resourcesToBackend((language: string, namespace: string) => {
        const load = loaders[`../locales/${language}/${namespace}.json`];
        if (!load) return Promise.reject(new Error(`no texts for ${language}/${namespace}`));
        return load().then((m) => m.default);
      }),
    )
    .use(initReactI18next)
    .init({
      lng: forced,
      supportedLngs: [...LANGUAGES],
      fallbackLng: 'en',
      nonExplicitSupportedLngs: false,
      load: 'currentOnly',
      ns: ['common'],
      defaultNS: 'common',
      interpolation: { escapeValue: false },
      returnNull: false,
      saveMissing: true,
      missingKeyHandler: (languages, namespace, key) => {
        missingKeys.push(`${languages.join(',')}:${namespace}:${key}`);
      },
      detection: {
        order: ['querystring', 'localStorage', 'navigator'],
        lookupQuerystring: 'lang',
        lookupLocalStorage: 'neascn.language',
        caches: ['localStorage'],
        convertDetectedLanguage: (tag: string) => interfaceLanguage(tag) ?? 'en',
      },
      react: { useSuspense: true },
    });
}

export default i18next;
