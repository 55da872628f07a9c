/**
 * The exploration as a JSON file (decision 041): Sillage's own versioned shape, that the
 * beneficiary keeps (their export of the bilan will include it). Each coded value carries its
 * French label beside it; people are named, never identified by id; contacts' e-mail and phone
 * are left out (they are the professionals' data, not the beneficiary's results).
 */
import type { PisteView, SetAsideView } from '../contracts/schemas.ts';
import { FEASIBILITY_LEVEL_LABELS } from './feasibility.ts';
import {
  ASSESSMENT_LABELS,
  CRITERIA,
  CRITERION_LABELS,
  DEBRIEF_EFFECT_LABELS,
  ENQUETE_KIND_LABELS,
  FUNDING_ROUTE_LABELS,
  PISTE_KIND_LABELS,
  PISTE_ORIGIN_LABELS,
  PISTE_STATUS_LABELS,
} from './model.ts';

export const EXPORT_FORMAT = 'sillage.exploration';
export const EXPORT_VERSION = 1;
export const EXPORT_FILE_NAME = 'pistes-professionnelles.json';

export function explorationExport(
  pistes: readonly PisteView[],
  setAside: readonly SetAsideView[],
  meta: { bilanId: string; exportedAt: string; romeCredit: string | null },
) {
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    bilanId: meta.bilanId,
    exportedAt: meta.exportedAt,
    pistes: pistes.map((p) => ({
      title: p.title,
      kind: p.kind,
      kindLabel: PISTE_KIND_LABELS[p.kind],
      fiche: p.fiche,
      appellation: p.appellation,
      description: p.description,
      desire: p.desire,
      desireWhy: p.desireWhy,
      criteria: CRITERIA.map((c) => ({
        criterion: c,
        label: CRITERION_LABELS[c],
        assessment: p.criteria[c].assessment,
        assessmentLabel: p.criteria[c].assessment ? ASSESSMENT_LABELS[p.criteria[c].assessment] : null,
        note: p.criteria[c].note,
      })),
      favourableFactors: p.favourableFactors,
      unfavourableFactors: p.unfavourableFactors,
      status: p.status,
      statusLabel: PISTE_STATUS_LABELS[p.status],
      statusReason: p.statusReason,
      origin: p.origin,
      originLabel: PISTE_ORIGIN_LABELS[p.origin],
      originReasons: p.originReasons,
      feasibility: {
        level: p.feasibility.level,
        label: FEASIBILITY_LEVEL_LABELS[p.feasibility.level],
        reasons: p.feasibility.reasons,
      },
      skillGap: p.skillGap && {
        held: p.skillGap.held.map(({ codeOgr, label, core, level }) => ({ codeOgr, label, core, level })),
        toDevelop: p.skillGap.toDevelop.map(({ codeOgr, label, core, level }) => ({ codeOgr, label, core, level })),
        missing: p.skillGap.missing.map(({ codeOgr, label, core }) => ({ codeOgr, label, core })),
        coverage: p.skillGap.coverage,
      },
      trainingNeeds: p.trainingNeeds.map((t) => ({
        competence: t.competence,
        content: t.content,
        duration: t.duration,
        certification: t.certification,
        funding: t.funding,
        fundingLabel: t.funding ? FUNDING_ROUTE_LABELS[t.funding] : null,
      })),
      enquetes: p.enquetes.map((e) => ({
        kind: e.kind,
        kindLabel: ENQUETE_KIND_LABELS[e.kind],
        contact:
          e.kind === 'interview'
            ? { name: e.contactName, role: e.contactRole, organisation: e.contactOrganisation }
            : null,
        plannedOn: e.plannedOn,
        place: e.place,
        startedOn: e.startedOn,
        endedOn: e.endedOn,
        source: e.kind === 'source' ? { title: e.sourceTitle, url: e.sourceUrl } : null,
        questions: e.questions.map((q) => ({ question: q.text, notes: q.notes })),
        learnt: e.learnt,
        debrief: e.debrief && {
          confirmed: e.debrief.confirmed,
          contradicted: e.debrief.contradicted,
          effect: e.debrief.effect,
          effectLabel: DEBRIEF_EFFECT_LABELS[e.debrief.effect],
          at: e.debrief.at,
          by: e.debrief.by.name,
        },
      })),
      updatedAt: p.updatedAt,
      updatedBy: p.updatedBy.name,
    })),
    setAsideSuggestions: setAside.map((s) => ({ codeRome: s.codeRome, label: s.label, reason: s.reason })),
    source: meta.romeCredit,
  };
}
