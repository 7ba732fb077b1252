import { ROLES, type Role } from '@naltrack/domain';
import type { CareTeamSummary } from '../../api/care-teams';
import type { Clinician, ClinicianChange } from '../../api/clinicians';
import { ROLE_LABELS } from '../../auth/role-labels';

export const ROLE_OPTIONS = ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }));

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

export function teamOptionsOf(teams: readonly CareTeamSummary[]) {
  return teams.map((team) => ({ value: team.id, label: team.name }));
}

/** Team names for ids, in the teams' order; an id no team has (deleted meanwhile) is named as such. */
export function teamNamesOf(careTeamIds: readonly string[], teams: readonly CareTeamSummary[]): string[] {
  const known = teams.filter((team) => careTeamIds.includes(team.id)).map((team) => team.name);
  const unknown = careTeamIds.filter((id) => !teams.some((team) => team.id === id)).map(() => 'Unknown team');
  return [...known, ...unknown];
}

// No look-alikes (0/O, 1/l/I), so the password survives being read out or typed from paper.
const PASSWORD_ALPHABET = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const PASSWORD_GROUPS = 4;
const GROUP_LENGTH = 5;

/** A random initial password, ~115 bits, in groups of five: "k7QmP-3xRtw-…". */
export function generatePassword(): string {
  const needed = PASSWORD_GROUPS * GROUP_LENGTH;
  // Bytes at or above the largest multiple of the alphabet's size are dropped, so no letter is favoured.
  const limit = 256 - (256 % PASSWORD_ALPHABET.length);
  let characters = '';
  while (characters.length < needed) {
    for (const byte of crypto.getRandomValues(new Uint8Array(needed))) {
      if (byte < limit && characters.length < needed) characters += PASSWORD_ALPHABET[byte % PASSWORD_ALPHABET.length];
    }
  }
  return characters.match(new RegExp(`.{${GROUP_LENGTH}}`, 'g'))?.join('-') ?? characters;
}

/** What an edit form holds for one user. */
export interface UserDraft {
  displayName: string;
  roles: Role[];
  careTeamIds: string[];
}

export function draftOf(clinician: Clinician): UserDraft {
  return { displayName: clinician.displayName, roles: [...clinician.roles], careTeamIds: [...clinician.careTeamIds] };
}

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((item) => b.includes(item));

/** Only the fields that differ from the user as stored, so the request says exactly what changes. */
export function changeOf(clinician: Clinician, draft: UserDraft): ClinicianChange {
  const change: ClinicianChange = {};
  const displayName = draft.displayName.trim();
  if (displayName !== clinician.displayName) change.displayName = displayName;
  if (!sameSet(draft.roles, clinician.roles)) change.roles = draft.roles;
  if (!sameSet(draft.careTeamIds, clinician.careTeamIds)) change.careTeamIds = draft.careTeamIds;
  return change;
}

/** One line per changed field, "before → after", for the confirmation step. */
export function describeChange(
  clinician: Clinician,
  change: ClinicianChange,
  teams: readonly CareTeamSummary[],
): { label: string; before: string; after: string }[] {
  const roles = (list: readonly Role[]) => list.map((role) => ROLE_LABELS[role]).join(', ') || 'none';
  const teamList = (ids: readonly string[]) => teamNamesOf(ids, teams).join(', ') || 'none';
  const lines: { label: string; before: string; after: string }[] = [];
  if (change.displayName !== undefined)
    lines.push({ label: 'Name', before: clinician.displayName, after: change.displayName });
  if (change.roles) lines.push({ label: 'Roles', before: roles(clinician.roles), after: roles(change.roles) });
  if (change.careTeamIds)
    lines.push({ label: 'Care teams', before: teamList(clinician.careTeamIds), after: teamList(change.careTeamIds) });
  return lines;
}
