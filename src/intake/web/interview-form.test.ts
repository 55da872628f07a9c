import { describe, expect, it } from 'vitest';
import { planFormValues } from './interview-form.ts';

describe('the entretien préalable planning form', () => {
  it('starts empty for a first plan', () => {
    expect(planFormValues(null)).toEqual({ date: '', start: '', end: '', mode: '', place: '', link: '' });
  });

  it('opens on the current slot, in Paris time, when the entretien moves', () => {
    expect(
      planFormValues({
        startsAt: '2026-11-27T08:00:00.000Z',
        endsAt: '2026-11-27T08:45:00.000Z',
        mode: 'in_person',
        place: '12 rue de la République, Lyon',
        link: null,
        consultant: 'Claire Dubois',
        situation: null,
        expectations: null,
        outcome: null,
        redirection: null,
        outcomeReason: null,
        recordedAt: null,
      }),
    ).toEqual({
      date: '2026-11-27',
      start: '09:00',
      end: '09:45',
      mode: 'in_person',
      place: '12 rue de la République, Lyon',
      link: '',
    });
  });
});
