import { describe, expect, it } from 'vitest';
import { parsePlainDate as d } from '../../shared/calendar/plain-date.ts';
import { agendaRange, agendaRangeProblem, daysOf, holidaysIn, shiftAgenda } from './agenda.ts';
import { AgendaQuerySchema } from '../contracts/schemas.ts';

describe('agenda ranges', () => {
  it('shows the Monday-to-Sunday week of a day, and the whole weeks of its month', () => {
    expect(agendaRange('semaine', d('2026-12-10'))).toEqual({ from: '2026-12-07', to: '2026-12-13' });
    expect(agendaRange('semaine', d('2026-12-13'))).toEqual({ from: '2026-12-07', to: '2026-12-13' });
    // March 2027 starts on a Monday and ends on a Wednesday.
    expect(agendaRange('mois', d('2027-03-15'))).toEqual({ from: '2027-03-01', to: '2027-04-04' });
    // August 2027 spreads over six weeks (Sunday the 1st, Tuesday the 31st): the longest view.
    const august = agendaRange('mois', d('2027-08-20'));
    expect(august).toEqual({ from: '2027-07-26', to: '2027-09-05' });
    expect(daysOf(august)).toHaveLength(42);
    expect(agendaRangeProblem(august.from, august.to)).toBeUndefined();
  });

  it('moves by a week or a month', () => {
    expect(shiftAgenda('semaine', d('2026-12-10'), 1)).toBe('2026-12-14');
    expect(shiftAgenda('semaine', d('2026-12-10'), -1)).toBe('2026-11-30');
    expect(shiftAgenda('mois', d('2027-01-31'), 1)).toBe('2027-02-01');
    expect(shiftAgenda('mois', d('2027-01-31'), -1)).toBe('2026-12-01');
  });

  it('lists the holidays of a range, none before they are computed', () => {
    expect(holidaysIn({ from: d('2027-05-01'), to: d('2027-05-09') })).toEqual([
      { date: '2027-05-01', label: 'Fête du Travail' },
      { date: '2027-05-06', label: 'Ascension' },
      { date: '2027-05-08', label: 'Victoire 1945' },
    ]);
    expect(holidaysIn({ from: d('1950-12-20'), to: d('1950-12-31') })).toEqual([]);
  });
});

describe('the agenda query', () => {
  const issues = (from: string, to: string) => {
    const result = AgendaQuerySchema.safeParse({ from, to });
    return result.success ? [] : result.error.issues.map((i) => i.message);
  };
  it('accepts up to six weeks, refuses an impossible date, a reversed or longer range, in French', () => {
    expect(issues('2027-07-26', '2027-09-05')).toEqual([]);
    expect(issues('2027-02-30', '2027-03-07')).toEqual([
      'Cette date n’existe pas dans le calendrier : vérifiez le jour et le mois.',
    ]);
    expect(issues('2027-03-07', '2027-03-01')).toEqual(['La date de fin doit suivre la date de début.']);
    expect(issues('2027-07-26', '2027-09-06')).toEqual([
      'L’agenda s’affiche sur 42 jours au plus : choisissez une période plus courte.',
    ]);
    expect(issues('demain', '2027-03-01')[0]).toContain('AAAA-MM-JJ');
  });
});
