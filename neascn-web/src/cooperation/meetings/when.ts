/** A meeting's time as its invitation gave it: local to the meeting's own time zone, with the zone named. */
export function meetingTime(start: string | undefined, end: string | undefined, zone: string, language: string): string {
  if (!start) return '';
  const day = new Intl.DateTimeFormat(language, { dateStyle: 'long' }).format(new Date(`${start.slice(0, 10)}T00:00:00`));
  const from = start.slice(11, 16);
  const to = end ? end.slice(11, 16) : '';
  return `${day}, ${from}${to ? `–${to}` : ''} (${zone})`;
}

/** The time zone as the API sends it: an IANA name (the OpenAPI document describes it loosely). */
export function zoneOf(zone: unknown): string {
  return typeof zone === 'string' ? zone : '';
}
