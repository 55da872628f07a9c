import { describe, expect, it } from 'vitest';
import { teamSignature } from './message.ts';

describe('teamSignature', () => {
  it('signs with the organisation’s team, in correct French', () => {
    expect(teamSignature('Cap Avenir')).toBe('L’équipe de Cap Avenir');
    expect(teamSignature('Le Centre Horizon')).toBe('L’équipe du Centre Horizon');
    expect(teamSignature('Les Ateliers du Parcours')).toBe('L’équipe des Ateliers du Parcours');
    expect(teamSignature('Atout Bilan')).toBe('L’équipe d’Atout Bilan');
    expect(teamSignature('  Élan Conseil ')).toBe('L’équipe d’Élan Conseil');
  });
});
