import { describe, expect, it } from 'vitest';
import { LANGUAGES } from './languages';

/**
 * Every interface text exists in every language: the same keys as English, none empty, and
 * the same interpolation placeholders (a translation that drops {{count}} shows a wrong number).
 */
const files = import.meta.glob<Record<string, unknown>>('../locales/*/*.json', { eager: true, import: 'default' });

function flatten(value: unknown, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  if (typeof value === 'string') {
    out[prefix] = value;
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) Object.assign(out, flatten(v, prefix ? `${prefix}.${k}` : k));
  }
  return out;
}

function texts(language: string, namespace: string): Record<string, string> {
  const file = files[`../locales/${language}/${namespace}.json`];
  if (!file) throw new Error(`missing file locales/${language}/${namespace}.json`);
  return flatten(file);
}

const namespaces = [...new Set(Object.keys(files).map((path) => path.split('/')[3]!.replace('.json', '')))].sort();
const placeholders = (text: string) => [...text.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('interface texts', () => {
  it('has namespaces to check', () => {
    expect(namespaces).toContain('common');
    expect(namespaces).toContain('problems');
  });

  for (const namespace of namespaces) {
    for (const language of LANGUAGES) {
      it(`${language}/${namespace} has every key of en/${namespace}, none empty, with the same placeholders`, () => {
        const english = texts('en', namespace);
        const translated = texts(language, namespace);
        expect(Object.keys(translated).sort()).toEqual(Object.keys(english).sort());
        for (const [key, text] of Object.entries(translated)) {
          expect(text.trim(), `${language}/${namespace}:${key}`).not.toBe('');
          expect(placeholders(text), `${language}/${namespace}:${key}`).toEqual(placeholders(english[key]!));
        }
      });
    }
  }
});
