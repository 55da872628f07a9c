/**
 * Attendance signatures (émargement): who may sign a séance, and the typed-name check.
 */
import type { Phase } from '../../bilans/domain/phases.ts';

/** Names compared without case, accents, punctuation or word order ("Lefèvre Bruno" = "bruno lefevre"). */
export function normaliseName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean)
    .sort()
    .join(' ');
}

export function nameMatches(typed: string, person: { firstName: string; lastName: string }): boolean {
  return normaliseName(typed) === normaliseName(`${person.firstName} ${person.lastName}`);
}

/** Who signs an attendance, and how (in the room, or remotely from their own account). */
export const ATTENDANCE_SIGNERS = ['beneficiary', 'consultant'] as const;
export type AttendanceSigner = (typeof ATTENDANCE_SIGNERS)[number];
export const ATTENDANCE_METHODS = ['in_person', 'remote'] as const;
export type AttendanceMethod = (typeof ATTENDANCE_METHODS)[number];

export type SignRefusal = 'not_held' | 'not_synchronous' | 'already_signed' | 'times_changed' | 'wrong_name';

export interface SignFacts {
  status: 'planned' | 'held' | 'cancelled' | 'no_show';
  mode: 'in_person' | 'remote' | 'personal_work';
  alreadySigned: boolean;
  /** The attested times shown to the signer equal the séance's actual times now. */
  timesUnchanged: boolean;
  nameMatches: boolean;
}

/** Why a signature must be refused, or undefined when it may be recorded. */
export function signRefusal(facts: SignFacts): SignRefusal | undefined {
  if (facts.mode === 'personal_work') return 'not_synchronous';
  if (facts.status !== 'held') return 'not_held';
  if (facts.alreadySigned) return 'already_signed';
  if (!facts.timesUnchanged) return 'times_changed';
  if (!facts.nameMatches) return 'wrong_name';
  return undefined;
}

/**
 * Whether holding a séance of this phase (marking it held, signing its attendance) needs the
 * beneficiary's consent (L6313-4: no investigation without it). Planning it never does: the
 * calendar of the whole bilan is built during the phase préliminaire, before the consent.
 */
export function holdingNeedsConsent(phase: Phase): boolean {
  return phase !== 'preliminaire';
}

/** A séance may be planned in the bilan's current phase or a later open one. */
export function plannablePhases(current: Phase): Phase[] {
  const order: Phase[] = ['preliminaire', 'investigation', 'conclusion'];
  const index = order.indexOf(current);
  return index < 0 ? [] : order.slice(index);
}
