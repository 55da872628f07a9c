import { describe, expect, it } from 'vitest';
import type { CompetenceView, DomainView } from '../contracts/schemas.ts';
import { NO_DOMAIN, chartPoints, chartSummary, groupByDomain, timelineOrder } from './timeline.ts';
import { monthYear, periodFr } from '../domain/portfolio-pdf.ts';

const exp = (id: string, startedOn: string, endedOn: string | null, position = 0, satisfaction: number | null = 3) => ({
  id,
  startedOn,
  endedOn,
  position,
  satisfaction,
  title: `Expérience ${id}`,
});

describe('the timeline of the parcours', () => {
  it('puts the most recent first, one still going on before one that ended, then by position', () => {
    const ordered = timelineOrder([
      exp('a', '2010-09-01', '2014-06-30'),
      exp('b', '2019-01-01', '2021-12-31'),
      exp('c', '2019-01-01', null),
      exp('d', '2015-03-01', '2018-12-31', 2),
      exp('e', '2015-03-01', '2018-12-31', 1),
    ]);
    expect(ordered.map((e) => e.id)).toEqual(['c', 'b', 'e', 'd', 'a']);
  });

  it('says a period in months, the French way', () => {
    expect(monthYear('2018-09-01')).toBe('septembre 2018');
    expect(periodFr('2018-09-01', '2021-06-30')).toBe('De septembre 2018 à juin 2021');
    expect(periodFr('2022-03-15', null)).toBe('Depuis mars 2022');
    expect(periodFr('2020-08-01', '2020-08-31')).toBe('Août 2020');
  });
});

describe('the highs and lows chart', () => {
  const geometry = { width: 100, height: 50, padding: 10 };

  it('places the rated experiences in chronological order, 5 at the top and 1 at the bottom', () => {
    const points = chartPoints(
      [
        exp('late', '2020-01-01', null, 0, 1),
        exp('early', '2010-01-01', null, 0, 5),
        exp('none', '2015-01-01', null, 0, null),
      ],
      geometry,
    );
    expect(points.map((p) => p.id)).toEqual(['early', 'late']);
    expect(points[0]).toMatchObject({ x: 10, y: 10 });
    expect(points[1]).toMatchObject({ x: 90, y: 40 });
  });

  it('spreads the points by date and centres a lone one', () => {
    const points = chartPoints(
      [exp('a', '2000-01-01', null, 0, 3), exp('b', '2001-01-01', null, 0, 3), exp('c', '2004-01-01', null, 0, 3)],
      geometry,
    );
    expect(points[1]!.x).toBeCloseTo(10 + (366 / 1461) * 80, 0);
    expect(points.every((p) => p.y === 25)).toBe(true);
    expect(chartPoints([exp('only', '2000-01-01', null, 0, 4)], geometry)[0]).toMatchObject({ x: 50 });
    expect(chartPoints([], geometry)).toEqual([]);
  });

  it('gives a sentence per point as its text equivalent', () => {
    const points = chartPoints([exp('a', '2018-09-01', null, 0, 5), exp('b', '2021-02-01', null, 0, 2)], geometry);
    expect(chartSummary(points)).toEqual([
      'Septembre 2018 : Expérience a — très bien vécue (5 sur 5).',
      'Février 2021 : Expérience b — plutôt mal vécue (2 sur 5).',
    ]);
  });
});

describe('competences by domain', () => {
  const domain = (id: string, label: string, position: number) => ({ id, label, position }) as DomainView;
  const competence = (id: string, label: string, domainId: string | null, position = 0) =>
    ({ id, label, domainId, position }) as CompetenceView;

  it('follows the domains’ order, lists an empty domain, and ends with those without a domain', () => {
    const groups = groupByDomain(
      [
        competence('1', 'Gérer un budget', 'gestion'),
        competence('2', 'Accueillir', null),
        competence('3', 'Écouter', 'relation'),
        competence('4', 'Orpheline', 'supprime'),
      ],
      [domain('relation', 'Relation', 1), domain('gestion', 'Gestion', 0), domain('vide', 'Vide', 2)],
    );
    expect(groups.map((g) => [g.label, g.competences.map((c) => c.id)])).toEqual([
      ['Gestion', ['1']],
      ['Relation', ['3']],
      ['Vide', []],
      [NO_DOMAIN, ['2', '4']],
    ]);
  });

  it('has no « Sans domaine » group when every competence has a domain', () => {
    const groups = groupByDomain([competence('1', 'Gérer', 'g')], [domain('g', 'Gestion', 0)]);
    expect(groups.map((g) => g.label)).toEqual(['Gestion']);
  });
});
