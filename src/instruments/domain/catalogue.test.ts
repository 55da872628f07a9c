import { describe, expect, it } from 'vitest';
import { allQuestions } from '../../questionnaires/domain/definition-schema.ts';
import { INSTRUMENTS, getInstrument } from './catalogue.ts';
import { parseExternalTestResult } from '../../external-tests/domain/external-result.ts';
import { InstrumentSourceSchema } from './provenance.ts';

const EXPECTED_ITEMS: Record<string, number> = {
  'riasec-iip': 48,
  'bigfive-ipip-neo-116': 116,
  'bigfive-mini-ipip': 20,
  'valeurs-tri-cartes': 36,
  'savoir-etre': 14,
  entrecomp: 15,
};

describe('instrument catalogue', () => {
  it('every instrument states source, licence, version and the right item count', () => {
    expect(INSTRUMENTS.map((i) => i.source.instrumentId)).toEqual(Object.keys(EXPECTED_ITEMS));
    for (const { source, definition } of INSTRUMENTS) {
      const parsed = InstrumentSourceSchema.parse(source);
      expect(parsed.source.licence.length).toBeGreaterThan(0);
      expect(parsed.source.citation.length).toBeGreaterThan(0);
      expect(parsed.itemCount).toBe(EXPECTED_ITEMS[source.instrumentId]);
      expect(definition.id).toBe(source.instrumentId);
      expect(definition.version).toBe(source.version);
    }
  });

  it('matches each definition to its item count', () => {
    const count = (id: string) => {
      const entry = getInstrument(id);
      if (!entry) throw new Error(id);
      const questions = allQuestions(entry.definition);
      const sort = questions.find((q) => q.type === 'card_sort');
      if (sort?.type === 'card_sort') return sort.cards.length;
      return questions.filter((q) => q.type === 'scale').length;
    };
    for (const [id, n] of Object.entries(EXPECTED_ITEMS)) expect(count(id), id).toBe(n);
  });

  it('contains no item of an instrument we must never ship', () => {
    const text = JSON.stringify(INSTRUMENTS);
    expect(text).not.toMatch(
      /NEO-PI-R|MBTI|Myers|BFI-2|Hexa3D|IRMR|PerformanSe|Career Orientations Inventory|openpsychometrics/i,
    );
  });
});

describe('external licensed test results', () => {
  it('records name, date and scores, and refuses an empty entry in French', () => {
    expect(
      parseExternalTestResult({
        testName: 'Test du commerce',
        publisher: 'Éditeur',
        takenOn: '2026-02-10',
        scores: [{ label: 'Échelle A', value: 7 }],
      }).ok,
    ).toBe(true);
    const bad = parseExternalTestResult({ testName: ' ', publisher: 'Éditeur', takenOn: '10/02/2026', scores: [] });
    expect(bad.ok ? [] : bad.errors.map((e) => e.message)).toEqual([
      'Indiquez le nom du test.',
      'Indiquez la date de passation au format JJ/MM/AAAA, par exemple 04/05/2026.',
      'Indiquez au moins un score ou un code.',
    ]);
  });
});
