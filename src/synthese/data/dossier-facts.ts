/**
 * What the synthesis is pre-filled from and draws its figures from (decision 043), read from
 * their owners' tables without writing them: the bilan (dates, financing, planned hours), the
 * préliminaire's record, the portfolio's competences by domain, the latest submitted answers of
 * each instrument (reported for the beneficiary, with their cautions), the exploration's pistes,
 * the action plan's steps and the follow-up offer.
 */
import { sql } from 'kysely';
import type { Trx } from '../../platform/db/kysely.ts';
import { parisDate } from '../../platform/clock.ts';
import { FINANCING_TYPES, financingType } from '../../financing/domain/catalog.ts';
import { INSTRUMENTS } from '../../instruments/domain/catalogue.ts';
import { instrumentReport } from '../../instruments/domain/report-for.ts';
import { RIASEC_SOURCE, RIASEC_LETTERS, RIASEC_TYPES } from '../../instruments/domain/riasec/items.ts';
import { scoreRiasec } from '../../instruments/domain/riasec/scoring.ts';
import type { Answers } from '../../questionnaires/domain/conditions.ts';
import { readPistes } from '../../exploration/data/exploration-views.ts';
import { readPhaseRecord } from '../../bilans/data/phase-record-repository.ts';
import { findFollowUp } from '../../after/data/follow-up-repository.ts';
import type { InstrumentInput, PrefillFacts } from '../domain/prefill.ts';
import { actionSteps, pistesCharts, riasecChart, type SyntheseFigures } from '../domain/figures.ts';
import { readActionPlanSteps } from './action-plan-steps.ts';
import { listHeldCompetences } from '../../portfolio/data/competence-repository.ts';
import { latestSubmittedAnswers } from '../../questionnaires/data/assignment-repository.ts';

export interface DossierFacts {
  prefill: PrefillFacts;
  figures: SyntheseFigures;
}

export async function readDossierFacts(db: Trx, organisationId: string, bilanId: string): Promise<DossierFacts> {
  const instrumentIds = INSTRUMENTS.map((i) => i.source.instrumentId);
  const [bilanRows, record, competenceRows, answerRows, { pistes }, steps, followUp] = await Promise.all([
    sql<{
      financing: Parameters<typeof financingType>[0];
      planned_accompaniment_minutes: number;
      follow_up_months: number;
      started_at: Date | null;
    }>`
      SELECT b.financing, b.planned_accompaniment_minutes, o.follow_up_months,
             (SELECT min(coalesce(s.actual_start_at, s.starts_at)) FROM seances s
               WHERE s.bilan_id = b.id AND s.status = 'held') AS started_at
        FROM bilans b JOIN organisations o ON o.id = b.organisation_id
       WHERE b.id = ${bilanId} AND b.organisation_id = ${organisationId}`.execute(db),
    readPhaseRecord(db, bilanId),
    listHeldCompetences(db, organisationId, bilanId),
    latestSubmittedAnswers(db, organisationId, bilanId, instrumentIds),
    readPistes(db, organisationId, bilanId),
    readActionPlanSteps(db, organisationId, bilanId),
    findFollowUp(db, bilanId),
  ]);
  const bilan = bilanRows.rows[0];
  if (!bilan) throw new Error('Bilan not found for its synthesis');

  const instruments: InstrumentInput[] = [];
  let riasec: SyntheseFigures['riasec'] = null;
  for (const entry of INSTRUMENTS) {
    const row = answerRows.find((r) => r.questionnaireId === entry.source.instrumentId);
    if (!row) continue;
    const submittedOn = parisDate(row.submittedAt);
    const answers = row.answers as Answers;
    const report = instrumentReport(entry.source.instrumentId, answers, { audience: 'beneficiaire', date: submittedOn });
    if (!report) continue;
    instruments.push({ name: entry.source.name, submittedOn, summary: report.summary, cautions: report.uncertainty });
    if (entry.source.instrumentId === RIASEC_SOURCE.instrumentId) {
      const result = scoreRiasec(answers);
      if (result.status === 'scored')
        riasec = riasecChart(
          RIASEC_LETTERS.map((l) => ({ label: `${RIASEC_TYPES[l].name} (${l})`, value: result.scores[l] })),
          submittedOn,
        );
    }
  }

  const stepInputs = steps;
  return {
    prefill: {
      bilan: {
        startedOn: bilan.started_at ? parisDate(bilan.started_at) : null,
        financingLabel: FINANCING_TYPES[financingType(bilan.financing)].label,
        plannedHours: bilan.planned_accompaniment_minutes / 60,
        needAnalysis: record?.need_analysis ?? null,
        format: record?.format ?? null,
        modalities: record?.modalities ?? null,
      },
      competences: competenceRows.map((c) => ({
        domain: c.domain,
        label: c.label,
        kind: c.kind,
        transferable: c.transferable,
      })),
      instruments,
      pistes: pistes.map((p) => ({
        title: p.title,
        status: p.status,
        statusReason: p.statusReason,
        desire: p.desire,
        desireWhy: p.desireWhy,
        favourableFactors: p.favourableFactors,
        unfavourableFactors: p.unfavourableFactors,
        feasibility: { label: p.feasibility.label, reasons: p.feasibility.reasons },
      })),
      steps: stepInputs,
      followUp: followUp
        ? {
            offeredOn: parisDate(followUp.offered_at),
            response: followUp.response,
            delayMonths: bilan.follow_up_months,
          }
        : null,
      followUpDelayMonths: bilan.follow_up_months,
    },
    figures: {
      riasec,
      pistes: pistesCharts(
        pistes.map((p) => ({ title: p.title, status: p.status, desire: p.desire, feasibilityLevel: p.feasibility.level })),
      ),
      steps: actionSteps(stepInputs),
    },
  };
}
