import { describe, expect, it } from 'vitest';
import { choose, withText } from './localized';

const ulaanbaatar = { original: 'mn', texts: { mn: 'Улаанбаатар', en: 'Ulaanbaatar' } };
const shanghai = { original: 'zh-Hans', texts: { 'zh-Hans': '上海市', en: 'Shanghai Municipality' } };

describe('choosing a record text for a reader', () => {
  it('shows the reader language when the record has it', () => {
    expect(choose(ulaanbaatar, 'en')).toEqual({ text: 'Ulaanbaatar', language: 'en', foreign: false });
  });

  it('matches a script-tagged text to the reader of that language', () => {
    expect(choose(shanghai, 'zh-Hans').text).toBe('上海市');
    expect(choose(shanghai, 'zh').foreign).toBe(false);
  });

  it('falls back to the original language and marks it foreign', () => {
    expect(choose(ulaanbaatar, 'ko')).toEqual({ text: 'Улаанбаатар', language: 'mn', foreign: true });
  });

  it('gives an empty text for a record without any', () => {
    expect(choose(undefined, 'en').text).toBe('');
  });
});

describe('editing one language of a text', () => {
  it('keeps the original language when a translation is added', () => {
    const korean = withText(undefined, 'ko', '스마트 주차');
    expect(korean.original).toBe('ko');
    expect(withText(korean, 'en', 'Smart parking')).toEqual({ original: 'ko', texts: { ko: '스마트 주차', en: 'Smart parking' } });
  });

  it('removes a language whose text is cleared', () => {
    const both = { original: 'ko', texts: { ko: '주차', en: 'Parking' } };
    expect(withText(both, 'en', '').texts).toEqual({ ko: '주차' });
  });
});

describe('the original language', () => {
  it('stays what the writer chose when every text is emptied', () => {
    const cleared = withText(withText({ original: 'ko', texts: { ko: '비전', en: 'Vision' } }, 'ko', ''), 'en', '');
    expect(cleared).toEqual({ original: 'ko', texts: {} });
  });
});
