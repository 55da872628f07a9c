import { describe, expect, it } from 'vitest';
import { buildSkillSearchIndex, searchSkills } from './skill-search.ts';

const index = buildSkillSearchIndex({
  competences: [
    { codeOgr: '1', label: 'Gérer les stocks', kind: 'macro_competence', category: 'savoir_faire' },
    { codeOgr: '2', label: 'Gérer le stock de matériel médical', kind: 'competence', category: 'savoir_faire' },
    { codeOgr: '3', label: 'Accueillir un client', kind: 'competence', category: 'savoir_faire' },
    {
      codeOgr: '4',
      label: 'Faire preuve de rigueur et de précision',
      kind: 'macro_competence',
      category: 'savoir_etre',
    },
  ],
  savoirs: [
    { codeOgr: '11', label: 'Gestion des stocks', category: 'Techniques professionnelles' },
    { codeOgr: '12', label: 'Accueil de la clientèle', category: "Domaines d'expertise" },
    { codeOgr: '13', label: 'Permis C', category: 'Certifications et habilitations' },
  ],
});

describe('searchSkills', () => {
  it('finds compétences and savoirs, best first, with their kind and category in French', () => {
    const results = searchSkills(index, 'gerer les stock');
    expect(results[0]).toEqual({
      codeOgr: '1',
      label: 'Gérer les stocks',
      kind: 'macro_competence',
      category: 'Savoir-faire',
      score: 1,
      matched: 'Libellé de la macro-compétence',
    });
    expect(results.map((r) => r.codeOgr)).toContain('2');
  });

  it('restricts to one scope', () => {
    expect(searchSkills(index, 'stocks', { scope: 'savoirs' }).map((r) => r.codeOgr)).toEqual(['11']);
    expect(searchSkills(index, 'stocks', { scope: 'competences' }).every((r) => r.kind !== 'savoir')).toBe(true);
  });

  it('tolerates typos and truncation, and keeps meaningful single letters', () => {
    expect(searchSkills(index, 'rigeur')[0]).toMatchObject({ codeOgr: '4', category: 'Savoir-être professionnel' });
    expect(searchSkills(index, 'rigeur')[0]?.matched).toBe(
      'Libellé de la macro-compétence (orthographe approchée : « rigeur » pour « rigueur »)',
    );
    expect(searchSkills(index, 'accueil client', { limit: 1 })[0]?.codeOgr).toBe('3');
    expect(searchSkills(index, 'permis c')[0]).toMatchObject({ codeOgr: '13', matched: 'Libellé du savoir' });
  });

  it('returns nothing for empty queries or limits below 1 and caps the limit', () => {
    expect(searchSkills(index, '')).toEqual([]);
    expect(searchSkills(index, 'stocks', { limit: 0 })).toEqual([]);
    expect(searchSkills(index, 'stocks', { limit: -1 })).toEqual([]);
    expect(searchSkills(index, 'stocks', { limit: 10_000 }).length).toBeLessThanOrEqual(50);
  });
});
