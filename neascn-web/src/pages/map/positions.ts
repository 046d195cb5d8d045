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

/** Where a member city is drawn, if its record says (its coordinates, WGS 84). */
export function memberPosition(member: Member | undefined): Position | undefined {
  return valid(member?.coordinates?.latitude, member?.coordinates?.longitude);
}
