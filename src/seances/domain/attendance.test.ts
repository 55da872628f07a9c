import { describe, expect, it } from 'vitest';
import { nameMatches, plannablePhases, signRefusal } from './attendance.ts';

const ok = {
  status: 'held',
  mode: 'in_person',
  alreadySigned: false,
  timesUnchanged: true,
  nameMatches: true,
} as const;

describe('attendance signatures', () => {
  it('accepts the person’s name in any order, case or accents, and nothing else', () => {
    const person = { firstName: 'Bruno', lastName: 'Lefèvre' };
    expect(nameMatches('Bruno Lefèvre', person)).toBe(true);
    expect(nameMatches('  lefevre   BRUNO ', person)).toBe(true);
    expect(nameMatches('Bruno', person)).toBe(false);
    expect(nameMatches('Brune Lefèvre', person)).toBe(false);
  });
  it('refuses to sign a séance not held, personal work, twice, after a change, or with another name', () => {
    expect(signRefusal(ok)).toBeUndefined();
    expect(signRefusal({ ...ok, status: 'planned' })).toBe('not_held');
    expect(signRefusal({ ...ok, status: 'no_show' })).toBe('not_held');
    expect(signRefusal({ ...ok, mode: 'personal_work' })).toBe('not_synchronous');
    expect(signRefusal({ ...ok, alreadySigned: true })).toBe('already_signed');
    expect(signRefusal({ ...ok, timesUnchanged: false })).toBe('times_changed');
    expect(signRefusal({ ...ok, nameMatches: false })).toBe('wrong_name');
  });
  it('plans séances in the current phase or a later one', () => {
    expect(plannablePhases('investigation')).toEqual(['investigation', 'conclusion']);
    expect(plannablePhases('cloture')).toEqual([]);
  });
});
