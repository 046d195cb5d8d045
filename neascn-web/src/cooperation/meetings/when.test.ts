import { describe, expect, it } from 'vitest';
import { meetingTime, zoneOf } from './when';

describe('meeting times', () => {
  it('reads as the invitation did: local time in the meeting\'s own zone, the zone named', () => {
    expect(meetingTime('2020-12-09T15:00:00', '2020-12-09T17:00:00', 'Asia/Seoul', 'en')).toBe('December 9, 2020, 15:00–17:00 (Asia/Seoul)');
    expect(meetingTime('2020-12-09T15:00:00', '2020-12-09T17:00:00', 'Asia/Seoul', 'ko')).toContain('2020년 12월 9일');
  });

  it('takes the zone only when it is a name', () => {
    expect(zoneOf('Asia/Ulaanbaatar')).toBe('Asia/Ulaanbaatar');
    expect(zoneOf({})).toBe('');
  });
});
