import { describe, expect, it } from 'vitest';
import {
  MAX_REPORT_BYTES,
  parseExternalTestResult,
  parseScoreValue,
  reportFileName,
  reportProblem,
} from './external-result.ts';

const base = { testName: 'Hexa3D', publisher: 'Éditions du test', takenOn: '2026-10-02' };
const pdf = (size: number) => {
  const bytes = new Uint8Array(size);
  bytes.set(new TextEncoder().encode('%PDF-1.7\n'));
  return bytes;
};

describe('external test results', () => {
  it('accepts French decimals and empty optional fields, and keeps a code without scores', () => {
    const r = parseExternalTestResult({
      ...base,
      code: '',
      consultantComment: '  ',
      scores: [
        { label: 'Social', value: '12,5', unit: '' },
        { label: 'Entreprenant', value: -3 },
      ],
    });
    expect(r).toEqual({
      ok: true,
      value: {
        ...base,
        scores: [
          { label: 'Social', value: 12.5 },
          { label: 'Entreprenant', value: -3 },
        ],
      },
    });
    expect(parseExternalTestResult({ ...base, code: 'SAE' })).toEqual({
      ok: true,
      value: { ...base, code: 'SAE', scores: [] },
    });
  });

  it('refuses no score and no code, a value that is not a number, more than 60 scores', () => {
    const messages = (input: unknown) => {
      const r = parseExternalTestResult(input);
      return r.ok ? {} : Object.fromEntries(r.errors.map((e) => [e.path, e.message]));
    };
    expect(messages({ ...base, scores: [] })).toEqual({ scores: 'Indiquez au moins un score ou un code.' });
    expect(
      messages({
        ...base,
        scores: [
          { label: 'A', value: 'douze' },
          { label: 'B', value: 'Infinity' },
          { label: '', value: 1 },
        ],
      }),
    ).toEqual({
      'scores.0.value': 'Indiquez un nombre, par exemple 12 ou 12,5.',
      'scores.1.value': 'Indiquez un nombre, par exemple 12 ou 12,5.',
      'scores.2.label': 'Indiquez l’intitulé du score (par exemple l’échelle ou la dimension).',
    });
    expect(messages({ ...base, scores: Array.from({ length: 61 }, (_, i) => ({ label: `S${i}`, value: i })) })).toEqual(
      { scores: '60 scores au plus.' },
    );
    expect(messages({ ...base, takenOn: '', code: 'X' })).toEqual({ takenOn: 'Indiquez la date de passation.' });
  });

  it('reads score values written the French way', () => {
    expect([
      parseScoreValue('1 250,5'),
      parseScoreValue('+7'),
      parseScoreValue(',5'),
      parseScoreValue('1e3'),
      parseScoreValue('NaN'),
      parseScoreValue(Number.POSITIVE_INFINITY),
    ]).toEqual([1250.5, 7, 0.5, null, null, null]);
  });
});

describe('publisher reports', () => {
  it('judges the bytes: empty, over 10 MB, not starting with %PDF-', () => {
    expect(reportProblem(new Uint8Array())).toBe('empty');
    expect(reportProblem(pdf(MAX_REPORT_BYTES))).toBeNull();
    expect(reportProblem(pdf(MAX_REPORT_BYTES + 1))).toBe('too_large');
    expect(reportProblem(new TextEncoder().encode('Bonjour, ceci est un texte.'))).toBe('not_pdf');
    expect(reportProblem(new TextEncoder().encode('%PD'))).toBe('not_pdf');
  });

  it('keeps a safe file name ending in .pdf', () => {
    expect(reportFileName('C:\\Rapports\\Hexa3D – Bruno.PDF')).toBe('Hexa3D – Bruno.PDF');
    expect(reportFileName('../../etc/"passwd"')).toBe('passwd.pdf');
    expect(reportFileName('')).toBe('rapport.pdf');
    expect(reportFileName(`${'a'.repeat(300)}.pdf`)).toHaveLength(200);
  });
});
