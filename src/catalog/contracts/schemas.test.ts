import { describe, expect, it } from 'vitest';
import { riasecSummary, jobTagLabels } from './labels.ts';
import { CatalogSearchQuerySchema, codeRomeParam, romeCredit, SkillSearchQuerySchema } from './schemas.ts';

describe('catalogue query contracts', () => {
  it('reads the query: control characters as spaces, trimmed, 200 characters at most', () => {
    expect(CatalogSearchQuerySchema.parse({ q: '  boulanger\u0000\u0007ere ' })).toEqual({
      q: 'boulanger  ere',
      limit: 10,
    });
    expect(CatalogSearchQuerySchema.parse({})).toEqual({ q: '', limit: 10 });
    expect(CatalogSearchQuerySchema.safeParse({ q: 'a'.repeat(201) }).success).toBe(false);
  });

  it('accepts a limit from 1 to 50 only', () => {
    expect(CatalogSearchQuerySchema.parse({ q: 'x', limit: '50' }).limit).toBe(50);
    for (const limit of ['0', '-1', '10000', '51', '1.5', 'abc', '1e3']) {
      const result = CatalogSearchQuerySchema.safeParse({ q: 'x', limit });
      expect(result.success, limit).toBe(false);
      expect(result.error?.issues[0]?.message).toBe('Le nombre de résultats doit être un entier entre 1 et 50.');
    }
  });

  it('knows the skill scopes and codes ROME', () => {
    expect(SkillSearchQuerySchema.parse({ q: 'pâte' }).scope).toBe('all');
    expect(SkillSearchQuerySchema.safeParse({ q: 'pâte', scope: 'tout' }).success).toBe(false);
    expect(codeRomeParam.parse('d1102')).toBe('D1102');
    expect(codeRomeParam.safeParse('D110').success).toBe(false);
    expect(codeRomeParam.safeParse("' OR 1=1").success).toBe(false);
  });
});

describe('catalogue wording', () => {
  it('credits the source and explains RIASEC and tags in French', () => {
    expect(romeCredit({ number: 60, publishedOn: '2025-09-18' })).toBe(
      'Source : France Travail — ROME 4.0, version 60 (publiée le 18/09/2025)',
    );
    expect(riasecSummary({ major: 'S', minor: 'E' })).toBe('Code RIASEC SE : dominante sociale, puis entreprenante.');
    expect(riasecSummary({ major: 'R', minor: null })).toBe('Code RIASEC R : dominante réaliste.');
    expect(
      jobTagLabels({
        regulated: true,
        cadre: false,
        ecologicalTransition: 'vert',
        digitalTransition: null,
        demographicTransition: true,
      }),
    ).toEqual(['Métier réglementé', 'Emploi vert (transition écologique)', 'Concerné par la transition démographique']);
  });
});
