import type { Member, Project } from '../../api/types';

export interface Position {
  latitude: number;
  longitude: number;
}

function valid(latitude: unknown, longitude: unknown): Position | undefined {
  if (typeof latitude !== 'number' || typeof longitude !== 'number') return undefined;
  if (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180) return undefined;
  return { latitude, longitude };
}

/** Where a project is, if its record says. */
export function projectPosition(project: Project | undefined): Position | undefined {
  return valid(project?.location?.latitude, project?.location?.longitude);
}

/**
 * Where a member is, if its record says: the model gains member coordinates in another change;
 * until then only members whose record carries them are placed.
 */
export function memberPosition(member: Member | undefined): Position | undefined {
  const m = member as (Member & { location?: { latitude?: number; longitude?: number }; latitude?: number; longitude?: number }) | undefined;
  return valid(m?.location?.latitude ?? m?.latitude, m?.location?.longitude ?? m?.longitude);
}
