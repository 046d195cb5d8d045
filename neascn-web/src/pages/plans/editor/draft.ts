import type { Indicator, Plan, StrategicTarget } from '../../../api/types';
import { cleanText } from '../../../records/localized';

/** A new plan's starting point: a draft of the member, for the coming five years. */
export function newDraft(member: string, language: string, year = new Date().getFullYear()): Plan {
  return {
    id: '',
    network: '',
    member,
    version: 1,
    period: { startYear: year, endYear: year + 4 },
    vision: { original: language, texts: { [language]: '' } },
    focusAreas: [],
    targets: [],
    projects: [],
    status: 'DRAFT',
  };
}

export function newTarget(targets: StrategicTarget[], language: string): StrategicTarget {
  return { key: nextKey('t', targets.map((t) => t.key)), text: { original: language, texts: { [language]: '' } }, focusAreas: [], sdgTargets: [], indicators: [] };
}

export function newIndicator(indicators: Indicator[], language: string, year: number): Indicator {
  return {
    key: nextKey('i', indicators.map((i) => i.key)),
    name: { original: language, texts: { [language]: '' } },
    unit: '',
    baseline: { year } as Indicator['baseline'],
    target: { year: year + 4 } as Indicator['target'],
    measurements: [],
  };
}

function nextKey(prefix: string, keys: (string | undefined)[]): string {
  let n = keys.length + 1;
  while (keys.includes(`${prefix}${n}`)) n++;
  return `${prefix}${n}`;
}

/**
 * The plan as the API reads it: empty translations dropped, numbers left as the user typed
 * them (an empty number stays absent, so the server names the field as required).
 */
export function toBody(plan: Plan, network: string): Plan {
  return {
    ...plan,
    network,
    vision: cleanText(plan.vision)!,
    targets: (plan.targets ?? []).map((t) => ({
      ...t,
      text: cleanText(t.text)!,
      indicators: (t.indicators ?? []).map((i) => ({
        ...i,
        name: cleanText(i.name)!,
        catalogueCode: i.catalogueCode || undefined,
      })),
    })),
  };
}
