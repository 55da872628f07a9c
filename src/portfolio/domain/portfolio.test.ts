import { describe, expect, it } from 'vitest';
import { LEVEL_ANCHORS, levelAnchor } from './levels.ts';
import { labelKey, periodProblems } from './portfolio.ts';
import { groupProposals, type FicheItem } from './proposals.ts';
import { breakable } from './portfolio-pdf.ts';

describe('the portfolio’s rules', () => {
  it('folds labels so that the same competence is found whatever its accents, case, apostrophes and spaces', () => {
    expect(labelKey('  Travail d’ÉQUIPE  ')).toBe(labelKey("travail d'equipe"));
    expect(labelKey('Cœur   de métier')).toBe('coeur de metier');
    expect(labelKey('Accueil')).not.toBe(labelKey('Accueillir'));
  });

  it('finds what is wrong with a period, field by field', () => {
    expect(periodProblems('2020-01-01', '2019-12-31', '2026-11-23')).toEqual({
      endedOn: 'La date de fin ne peut pas être antérieure à la date de début.',
    });
    expect(periodProblems('2026-11-24', null, '2026-11-23')).toEqual({
      startedOn: 'La date de début ne peut pas être dans le futur.',
    });
    // Today, an end in the future (a training whose end is planned), and a one-day period pass.
    expect(periodProblems('2026-11-23', '2027-06-30', '2026-11-23')).toEqual({});
    expect(periodProblems('2020-01-01', '2020-01-01', '2026-11-23')).toEqual({});
  });

  it('has four levels, each with a behavioural anchor', () => {
    expect(LEVEL_ANCHORS.map((l) => l.label)).toEqual([
      'Notions',
      'Pratique accompagnée',
      'Autonome',
      'Expert·e, peut transmettre',
    ]);
    expect(levelAnchor(3).anchor).toMatch(/^Je /);
  });
});

describe('ROME proposals', () => {
  const item = (codeOgr: string, label: string, more: Partial<FicheItem> = {}): FicheItem => ({
    codeOgr,
    label,
    kind: 'savoir_faire',
    core: null,
    macroCodeOgr: '100',
    macroLabel: 'Gérer un stock',
    category: null,
    ...more,
  });
  const none = { codes: new Set<string>(), labelKeys: new Set<string>(), rejected: new Set<string>() };

  it('puts groups holding a core item first, and core items first in each group', () => {
    const groups = groupProposals(
      [
        item('1', 'Ranger'),
        item('2', 'Inventorier', { core: 'emergente' }),
        item('3', 'Accueillir', { macroCodeOgr: '200', macroLabel: 'Accueillir du public', core: 'principale' }),
        item('4', 'Faire preuve de rigueur', { kind: 'savoir_etre', macroCodeOgr: null, macroLabel: null }),
        item('5', 'Bureautique', { kind: 'savoir', macroCodeOgr: null, macroLabel: null, category: 'Outils' }),
        item('1', 'Ranger'),
      ],
      none,
    );
    expect(groups.map((g) => [g.key, g.label, g.core, g.items.map((i) => i.codeOgr)])).toEqual([
      ['macro:200', 'Accueillir du public', true, ['3']],
      ['macro:100', 'Gérer un stock', false, ['2', '1']],
      ['savoir_etre', 'Savoir-être professionnels', false, ['4']],
      ['savoir:Outils', 'Outils', false, ['5']],
    ]);
  });

  it('leaves out what the portfolio holds (by code or label) and what was rejected', () => {
    const groups = groupProposals([item('1', 'Ranger'), item('2', 'Inventorier'), item('3', 'Étiqueter')], {
      codes: new Set(['1']),
      labelKeys: new Set([labelKey('etiqueter')]),
      rejected: new Set(['9']),
    });
    expect(groups.flatMap((g) => g.items.map((i) => i.codeOgr))).toEqual(['2']);
    expect(groupProposals([item('9', 'Rejeté')], { ...none, rejected: new Set(['9']) })).toEqual([]);
  });
});

describe('long words in the printable portfolio', () => {
  it('get an invisible break every 40 characters, and nothing else changes', () => {
    const url = 'https://www.exemple.fr/un-chemin-tres-long-sans-aucune-espace-pour-couper-la-ligne';
    const out = breakable(`Voir ${url} puis écrire.`);
    expect(out.replaceAll('\u200B', '')).toBe(`Voir ${url} puis écrire.`);
    for (const part of out.split(/\s/))
      for (const piece of part.split('\u200B')) expect([...piece].length).toBeLessThanOrEqual(40);
    expect(breakable('Un texte ordinaire, avec des mots courts.')).toBe('Un texte ordinaire, avec des mots courts.');
    // Code points, not UTF-16 units: an emoji is never cut in two.
    const emojis = '😀'.repeat(45);
    expect([...breakable(emojis)].filter((c) => c !== '\u200B').join('')).toBe(emojis);
  });
});
