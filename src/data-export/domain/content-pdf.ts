/**
 * The printable copies of the pistes and of the action plan in the beneficiary's export (decision
 * 047), laid out by the documents' Typst layout like the portfolio's (`PdfDocument`). People's
 * words and French labels only: no codes, no ids; the professionals' e-mail and phone are left
 * out (their data, not the beneficiary's results), as in the exploration's JSON export.
 */
import type { ActionStepView } from '../../action-plan/contracts/schemas.ts';
import {
  FUNDING_ROUTE_LABELS as STEP_FUNDING_LABELS,
  STEP_STATUS_LABELS,
  groupByHorizon,
} from '../../action-plan/domain/model.ts';
import type { PdfBlock, PdfBrand, PdfDocument } from '../../documents/domain/model.ts';
import type { PisteView } from '../../exploration/contracts/schemas.ts';
import {
  ASSESSMENT_LABELS,
  CRITERIA,
  CRITERION_LABELS,
  DEBRIEF_EFFECT_LABELS,
  ENQUETE_KIND_LABELS,
  FUNDING_ROUTE_LABELS,
  PISTE_KIND_LABELS,
  PISTE_STATUS_LABELS,
} from '../../exploration/domain/model.ts';
import { parsePlainDate } from '../../shared/calendar/plain-date.ts';
import { formatDateFr } from '../../shared/rules/format.ts';
import { ROME_CREDIT } from './contents.ts';

export const PISTES_PDF_TITLE = 'Mes pistes professionnelles';
export const PLAN_PDF_TITLE = 'Mon plan d’action';

export interface ContentPdfFacts {
  beneficiaryName: string;
  organisation: { name: string; address: string | null; postalCode: string | null; city: string | null };
  brand: PdfBrand | null;
  /** The day of edition (Paris), AAAA-MM-JJ. */
  editedOn: string;
}

const dateFr = (iso: string) => formatDateFr(parsePlainDate(iso.slice(0, 10)));

function frame(title: string, facts: ContentPdfFacts, blocks: PdfBlock[]): PdfDocument {
  const o = facts.organisation;
  const place = [o.postalCode, o.city].filter(Boolean).join(' ') || null;
  const editedOn = dateFr(facts.editedOn);
  return {
    title,
    subtitle: facts.beneficiaryName,
    organisation: { name: o.name, lines: [o.address, place].filter((l): l is string => Boolean(l)) },
    meta: [`Édité le ${editedOn}`],
    blocks,
    signers: [],
    signatures: null,
    footer: `${facts.beneficiaryName} — ${title} — bilan de compétences avec ${o.name}, édité le ${editedOn}. Document personnel et confidentiel.`,
    ...(facts.brand ? { brand: facts.brand } : {}),
  };
}

const row = (label: string, value: string | null | undefined): [string, string][] =>
  value === null || value === undefined || value.trim() === '' ? [] : [[label, value]];

function pisteBlocks(piste: PisteView): PdfBlock[] {
  const blocks: PdfBlock[] = [{ type: 'heading', text: piste.title }];
  blocks.push({
    type: 'fields',
    rows: [
      ['Type de piste', PISTE_KIND_LABELS[piste.kind]],
      ['Où j’en suis', PISTE_STATUS_LABELS[piste.status]],
      ...row('Pourquoi', piste.statusReason),
      ...row('Métier du répertoire', piste.fiche?.label ?? piste.appellation?.label ?? null),
      ...row('Mon envie', piste.desire === null ? null : `${piste.desire} sur 5`),
      ...row('Ce qui me donne envie', piste.desireWhy),
      ['Faisabilité', piste.feasibility.label],
    ],
  });
  if (piste.description) blocks.push({ type: 'paragraph', text: piste.description });
  const criteria = CRITERIA.filter((c) => piste.criteria[c].assessment || piste.criteria[c].note).map((c) => {
    const { assessment, note } = piste.criteria[c];
    return [CRITERION_LABELS[c], [assessment ? ASSESSMENT_LABELS[assessment] : null, note].filter(Boolean).join(' — ')];
  });
  if (criteria.length > 0) {
    blocks.push({ type: 'subheading', text: 'Faisabilité, critère par critère' });
    blocks.push({ type: 'table', header: ['Critère', 'Appréciation'], rows: criteria });
  }
  const factors = [...row('Facteurs favorables', piste.favourableFactors), ...row('Freins', piste.unfavourableFactors)];
  if (factors.length > 0) blocks.push({ type: 'fields', rows: factors });
  if (piste.trainingNeeds.length > 0) {
    blocks.push({ type: 'subheading', text: 'Besoins de formation' });
    for (const need of piste.trainingNeeds)
      blocks.push({
        type: 'entry',
        title: need.content,
        rows: [
          ...row('Compétence visée', need.competence?.label ?? null),
          ...row('Durée', need.duration),
          ...row('Certification', need.certification),
          ...row('Financement envisagé', need.funding ? FUNDING_ROUTE_LABELS[need.funding] : null),
        ],
      });
  }
  if (piste.enquetes.length > 0) {
    blocks.push({ type: 'subheading', text: 'Enquêtes métier' });
    for (const e of piste.enquetes) {
      const who = [e.contactName, e.contactRole, e.contactOrganisation].filter(Boolean).join(', ');
      blocks.push({
        type: 'entry',
        title: `${ENQUETE_KIND_LABELS[e.kind]}${who ? ` — ${who}` : e.sourceTitle ? ` — ${e.sourceTitle}` : ''}`,
        rows: [
          ...row('Prévue le', e.plannedOn ? dateFr(e.plannedOn) : null),
          ...row('Lieu', e.place),
          ...row('Source', e.sourceUrl),
          ...row('Questions préparées', e.questions.map((q) => `• ${q.text}`).join('\n') || null),
          ...row('Ce que j’ai appris', e.learnt),
          ...row('Ce qui est confirmé', e.debrief?.confirmed ?? null),
          ...row('Ce qui est contredit', e.debrief?.contradicted ?? null),
          ...row('Effet sur la piste', e.debrief ? DEBRIEF_EFFECT_LABELS[e.debrief.effect] : null),
        ],
      });
    }
  }
  return blocks;
}

/** Whether a piste names an item of the ROME (its credit is then printed). */
export const pisteUsesRome = (p: PisteView) =>
  p.fiche !== null || p.appellation !== null || p.trainingNeeds.some((n) => n.competence !== null);

export function buildPistesPdf(pistes: readonly PisteView[], facts: ContentPdfFacts): PdfDocument {
  const blocks = pistes.flatMap(pisteBlocks);
  if (pistes.some(pisteUsesRome)) blocks.push({ type: 'paragraph', text: ROME_CREDIT });
  return frame(PISTES_PDF_TITLE, facts, blocks);
}

export function buildPlanPdf(steps: readonly ActionStepView[], facts: ContentPdfFacts): PdfDocument {
  const blocks: PdfBlock[] = [];
  for (const group of groupByHorizon(steps)) {
    blocks.push({ type: 'heading', text: group.label });
    if (group.steps.length === 0) blocks.push({ type: 'paragraph', text: 'Aucune étape à cet horizon.' });
    for (const step of group.steps)
      blocks.push({
        type: 'entry',
        title: step.what,
        rows: [
          ['Avancement', STEP_STATUS_LABELS[step.status]],
          ...row('Qui', step.who),
          ...row('Échéance', step.byWhen ? dateFr(step.byWhen) : null),
          ...row('Ressources', step.resources),
          ...row('Financement', step.funding ? STEP_FUNDING_LABELS[step.funding] : null),
          ...row('Piste', step.piste?.title ?? null),
          ...row('Besoin de formation', step.trainingNeed?.content ?? null),
        ],
      });
  }
  return frame(PLAN_PDF_TITLE, facts, blocks);
}
