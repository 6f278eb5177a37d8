import type { BodyInput } from './input.js';

/**
 * A body's chair and members may be partners (by id) or people and groups that are not
 * (`{ name, count, role }`: the mayor, about 170 field workers). Rules and overviews that
 * reason about partners look only at the ids.
 */
export function partnerIdOf(person: BodyInput['chair']): string | undefined {
  return typeof person === 'string' ? person : undefined;
}

/** The partner ids among a body's members, in order. */
export function memberPartnerIds(body: Pick<BodyInput, 'members'>): string[] {
  return (body.members ?? []).filter((m): m is string => typeof m === 'string');
}
