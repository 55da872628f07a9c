import { describe, expect, it } from 'vitest';
import { EXPORT_PARTS, FILE_NAMES, ROME_CREDIT } from './contents.ts';
import { buildReadme, type ReadmeFacts } from './readme.ts';
import { SEANCES_CSV_HEADER, answersExport, seancesCsv, type SeanceRecord } from './records.ts';

const facts: ReadmeFacts = {
  beneficiaryName: 'Bruno Lefèvre',
  organisationName: 'Cap Avenir',
  exportedOn: '2026-12-07',
  exportedAtTime: '09:05',
  present: new Set(['pistes_pdf', 'pistes_json']),
  documents: [],
  romeContent: false,
};

describe('the LISEZ-MOI', () => {
  it('says the day, the files present, why the others are absent, in Windows lines', () => {
    const text = buildReadme(facts);
    expect(text).toContain('Export réalisé le 7 décembre 2026 à 09 h 05 (heure de Paris)');
    expect(text).toContain(FILE_NAMES.pistes_pdf);
    expect(text).not.toContain(FILE_NAMES.plan_pdf);
    expect(text).toContain('Absent de cet export : Aucune étape du plan d’action n’a encore été enregistrée.');
    expect(text.split('\r\n').length).toBeGreaterThan(20);
    expect(text.replaceAll('\r\n', '')).not.toContain('\n');
  });

  it('credits the ROME only when ROME content appears', () => {
    expect(buildReadme(facts)).not.toContain(ROME_CREDIT);
    expect(buildReadme({ ...facts, romeContent: true })).toContain(
      'Source : France Travail, ROME 4.0, Licence Ouverte',
    );
  });

  it('names every part with plain letters', () => {
    for (const part of EXPORT_PARTS) expect(FILE_NAMES[part]).toMatch(/^[a-z0-9.-]+$/);
  });
});

describe('the séances’ table', () => {
  const seance: SeanceRecord = {
    start: '2026-06-02T10:00',
    end: '2026-06-02T12:00',
    phase: 'investigation',
    mode: 'remote',
    status: 'cancelled',
    topic: '=HYPERLINK("x"); "pistes"',
    attendedMinutes: null,
    signedByBeneficiaryAt: null,
    signedByConsultantAt: null,
  };

  it('opens in a French spreadsheet, a formula defused and quotes escaped', () => {
    const csv = seancesCsv([seance]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const [header, row] = csv.slice(1).trimEnd().split('\r\n');
    expect(header).toBe(SEANCES_CSV_HEADER.join(';'));
    expect(row).toBe(
      `02/06/2026;10:00;12:00;Investigation;À distance (visioconférence);Annulée;"'=HYPERLINK(""x""); ""pistes""";;non;non`,
    );
  });
});

describe('the answers as JSON', () => {
  it('puts each answer beside its question, and keeps answers to removed questions apart', () => {
    const content = answersExport(
      [
        {
          title: 'Mes valeurs',
          kind: 'worksheet',
          questionnaire: 'valeurs',
          questionnaireVersion: 2,
          submittedAt: null,
          draftSavedAt: '2026-06-01T08:00:00.000Z',
          questions: [
            { id: 'q1', label: 'Qu’est-ce qui compte pour vous ?' },
            { id: 'q2', label: 'Et encore ?' },
          ],
          answers: { q1: 'La liberté', old: 'Ancienne réponse' },
        },
      ],
      { bilanId: 'b', exportedAt: '2026-12-07T08:00:00.000Z' },
    );
    expect(content.questionnaires[0]).toMatchObject({
      submitted: false,
      answers: [{ questionId: 'q1', question: 'Qu’est-ce qui compte pour vous ?', answer: 'La liberté' }],
      otherAnswers: { old: 'Ancienne réponse' },
    });
  });
});
