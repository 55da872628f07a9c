import { describe, expect, it } from 'vitest';
import { INSTRUMENTS } from './catalogue.ts';
import { instrumentReport } from './report-for.ts';

const context = { audience: 'beneficiaire' as const, date: '2026-11-23' };

describe('instrumentReport', () => {
  it('reports every Likert-type instrument of the catalogue from a full answer set, for its own id', () => {
    for (const entry of INSTRUMENTS) {
      const answers: Record<string, unknown> = {};
      for (const q of entry.definition.sections.flatMap((s) => s.questions)) {
        if (q.type === 'scale') answers[q.id] = q.min;
        if (q.type === 'long_text') answers[q.id] = 'Un exemple.';
      }
      const report = instrumentReport(entry.source.instrumentId, answers, context);
      if (entry.source.instrumentId === 'valeurs-tri-cartes') {
        expect(report).toBeNull(); // no sort given
        continue;
      }
      expect(report?.instrumentId).toBe(entry.source.instrumentId);
      expect(report?.discussion.heading).toBe('À discuter avec votre consultant·e');
      expect(report?.consultantNotes).toEqual([]);
    }
  });

  it('returns null for a worksheet or an unknown id', () => {
    expect(instrumentReport('attentes-du-bilan', {}, context)).toBeNull();
  });
});
