import { describe, expect, it } from 'vitest';
import { historyLine } from './lead-history.ts';

const base = { from: 'contacted' as const, to: 'contacted' as const, at: '2026-11-23T09:00:00.000Z', reason: null };

describe('a lead’s history', () => {
  it('says who was assigned and when the entretien moved', () => {
    expect(historyLine({ ...base, event: 'assigned', detail: 'Claire Dubois', by: 'Anne Martin' })).toBe(
      '23 novembre 2026 à 10:00 : Attribuée à Claire Dubois, par Anne Martin',
    );
    expect(historyLine({ ...base, event: 'unassigned', detail: null, by: 'Anne Martin' })).toBe(
      '23 novembre 2026 à 10:00 : Attribution retirée, par Anne Martin',
    );
    expect(
      historyLine({ ...base, event: 'interview_moved', detail: '2026-11-27T08:00:00.000Z', by: 'Claire Dubois' }),
    ).toBe('23 novembre 2026 à 10:00 : Entretien préalable déplacé au 27 novembre 2026 à 09:00, par Claire Dubois');
  });

  it('names status changes and the public form', () => {
    expect(historyLine({ ...base, from: null, to: 'new', event: 'status', detail: null, by: null })).toBe(
      '23 novembre 2026 à 10:00 : Nouvelle, depuis la page publique',
    );
  });
});
