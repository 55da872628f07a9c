/**
 * The views of the exploration, assembled from its rows (decision 041): each piste with its
 * criteria, its skill gap against its fiche, its training needs and enquêtes, and its feasibility
 * computed from the criteria, the gap and the debriefs. Pure: the rows and the catalogue come in.
 */
import type { EnqueteView, PisteView, SetAsideView, TrainingNeedView } from '../contracts/schemas.ts';
import type { EnqueteRow, ExplorationRows, PisteRow, TrainingNeedRow } from './rows.ts';
import { feasibility } from './feasibility.ts';
import { ENQUETE_KIND_LABELS, type DebriefEffect } from './model.ts';
import { skillGap, type FicheSkill, type HeldCompetence } from './skill-gaps.ts';

const tracked = (r: ExplorationRows['pistes'][number] | TrainingNeedRow | EnqueteRow) => ({
  id: r.id,
  position: r.position,
  revision: r.revision,
  createdAt: r.created_at,
  createdBy: r.created_by,
  updatedAt: r.updated_at,
  updatedBy: r.updated_by,
});

export function trainingNeedView(r: TrainingNeedRow): TrainingNeedView {
  return {
    ...tracked(r),
    pisteId: r.piste_id,
    competence: r.code_ogr ? { codeOgr: r.code_ogr, label: r.competence_label } : null,
    content: r.content,
    duration: r.duration,
    certification: r.certification,
    funding: r.funding,
  };
}

export function enqueteView(r: EnqueteRow): EnqueteView {
  return {
    ...tracked(r),
    pisteId: r.piste_id,
    kind: r.kind,
    contactName: r.contact_name,
    contactRole: r.contact_role,
    contactOrganisation: r.contact_organisation,
    contactEmail: r.contact_email,
    contactPhone: r.contact_phone,
    plannedOn: r.planned_on,
    place: r.place,
    startedOn: r.started_on,
    endedOn: r.ended_on,
    sourceTitle: r.source_title,
    sourceUrl: r.source_url,
    questions: r.questions,
    learnt: r.learnt,
    debrief:
      r.debrief_effect && r.debriefed_at && r.debriefed_by
        ? {
            confirmed: r.debrief_confirmed,
            contradicted: r.debrief_contradicted,
            effect: r.debrief_effect,
            at: r.debriefed_at,
            by: r.debriefed_by,
          }
        : null,
  };
}

/** How an enquête is named in the reasons of a feasibility (« L’entretien avec Mme Roux »). */
function enqueteLabel(e: EnqueteView): string {
  if (e.kind === 'interview') return `L’entretien avec ${e.contactName ?? 'un·e professionnel·le'}`;
  if (e.kind === 'immersion') return `L’immersion (${e.place ?? ENQUETE_KIND_LABELS.immersion})`;
  return `La source « ${e.sourceTitle ?? ''} »`;
}

export function pisteView(
  p: PisteRow,
  related: {
    trainingNeeds: readonly TrainingNeedRow[];
    enquetes: readonly EnqueteRow[];
    fiche: readonly FicheSkill[] | undefined;
    portfolio: readonly HeldCompetence[];
  },
): PisteView {
  const criteria = {
    training: { assessment: p.training_assessment, note: p.training_note },
    market: { assessment: p.market_assessment, note: p.market_note },
    pay: { assessment: p.pay_assessment, note: p.pay_note },
    place: { assessment: p.place_assessment, note: p.place_note },
    constraints: { assessment: p.constraints_assessment, note: p.constraints_note },
  };
  const gap =
    p.code_rome && related.fiche && related.fiche.length > 0 ? skillGap(related.fiche, related.portfolio) : null;
  const enquetes = related.enquetes.filter((e) => e.piste_id === p.id).map(enqueteView);
  const debriefs = enquetes
    .filter((e) => e.debrief)
    .map((e) => ({ effect: e.debrief!.effect as DebriefEffect, label: enqueteLabel(e) }));
  return {
    ...tracked(p),
    kind: p.kind,
    fiche: p.code_rome ? { codeRome: p.code_rome, label: p.fiche_label } : null,
    appellation: p.appellation_code_ogr ? { codeOgr: p.appellation_code_ogr, label: p.appellation_label } : null,
    title: p.title,
    description: p.description,
    desire: p.desire,
    desireWhy: p.desire_why,
    criteria,
    favourableFactors: p.favourable_factors,
    unfavourableFactors: p.unfavourable_factors,
    status: p.status,
    statusReason: p.status_reason,
    origin: p.origin,
    originReasons: p.origin_reasons,
    feasibility: feasibility({
      assessments: Object.fromEntries(Object.entries(criteria).map(([k, v]) => [k, v.assessment])),
      coverage: gap && gap.reference > 0 ? gap.coverage : null,
      debriefs,
    }),
    skillGap: gap,
    trainingNeeds: related.trainingNeeds.filter((t) => t.piste_id === p.id).map(trainingNeedView),
    enquetes,
  };
}

export function pisteViews(
  rows: ExplorationRows,
  fiches: ReadonlyMap<string, readonly FicheSkill[]>,
  portfolio: readonly HeldCompetence[],
): PisteView[] {
  return rows.pistes.map((p) =>
    pisteView(p, {
      trainingNeeds: rows.trainingNeeds,
      enquetes: rows.enquetes,
      fiche: p.code_rome ? fiches.get(p.code_rome) : undefined,
      portfolio,
    }),
  );
}

export function setAsideViews(rows: ExplorationRows): SetAsideView[] {
  return rows.setAside.map((s) => ({
    codeRome: s.code_rome,
    label: s.label,
    reason: s.reason,
    setAt: s.set_at,
    setBy: s.set_by,
  }));
}
