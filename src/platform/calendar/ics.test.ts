import { describe, expect, it } from 'vitest';
import { renderIcs } from './ics.ts';

describe('calendar invitations', () => {
  it('writes a stable UID, the sequence, UTC times and escaped French text', () => {
    const ics = renderIcs({
      uid: 'seance-1@sillage',
      sequence: 2,
      method: 'REQUEST',
      startsAt: new Date('2026-12-01T13:00:00Z'),
      endsAt: new Date('2026-12-01T15:00:00Z'),
      title: 'Séance de bilan de compétences',
      description: 'Avec Claire Dubois, Cap Avenir',
      location: '12, rue de la République, Lyon',
      organizer: { name: 'Claire Dubois', email: 'claire@cap-avenir.fr' },
      attendee: { name: 'Bruno Lefèvre', email: 'bruno@exemple.fr' },
      stamp: new Date('2026-11-23T10:00:00Z'),
    });
    expect(ics).toContain('METHOD:REQUEST');
    expect(ics).toContain('UID:seance-1@sillage');
    expect(ics).toContain('SEQUENCE:2');
    expect(ics).toContain('DTSTART:20261201T130000Z');
    expect(ics).toContain('DTEND:20261201T150000Z');
    expect(ics).toContain('DTSTAMP:20261123T100000Z');
    expect(ics).toContain('LOCATION:12\\, rue de la République\\, Lyon');
    expect(ics).toContain('SUMMARY:Séance de bilan de compétences');
  });
  it('cancels with the same UID', () => {
    const ics = renderIcs({
      uid: 'seance-1@sillage',
      sequence: 3,
      method: 'CANCEL',
      startsAt: new Date('2026-12-01T13:00:00Z'),
      endsAt: new Date('2026-12-01T15:00:00Z'),
      title: 'Séance',
      description: '',
      location: null,
      organizer: { name: 'C', email: 'c@x.fr' },
      attendee: { name: 'B', email: 'b@x.fr' },
      stamp: new Date('2026-11-23T10:00:00Z'),
    });
    expect(ics).toContain('METHOD:CANCEL');
    expect(ics).toContain('STATUS:CANCELLED');
  });
});
