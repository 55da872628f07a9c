/** The competences of a portfolio, their evidence (the experiences that prove them) and the rejected ROME proposals. */
import { sql } from 'kysely';
import type { Trx } from '../../platform/db/kysely.ts';
import type { CompetenceOrigin, PortfolioCompetenceKind } from '../domain/portfolio.ts';
import type { CompetenceLevel } from '../domain/levels.ts';
import { changedColumns, createdColumns, deleteCounting } from './tracked-rows.ts';

export interface CompetenceFields {
  kind: PortfolioCompetenceKind;
  label: string;
  labelKey: string;
  codeOgr: string | null;
  level: CompetenceLevel | null;
  wantsToUse: boolean | null;
  transferable: boolean;
  domainId: string | null;
}

function columnsOf(f: CompetenceFields) {
  return {
    kind: f.kind,
    label: f.label,
    label_key: f.labelKey,
    code_ogr: f.codeOgr,
    level: f.level,
    wants_to_use: f.wantsToUse,
    transferable: f.transferable,
    domain_id: f.domainId,
  };
}

/** The competence of this bilan, locked for the transaction, or undefined. */
export function findCompetence(trx: Trx, bilanId: string, id: string) {
  return trx
    .selectFrom('portfolio_competences')
    .select(['id', 'revision', 'origin'])
    .where('id', '=', id)
    .where('bilan_id', '=', bilanId)
    .forUpdate()
    .executeTakeFirst();
}

/** A competence of the bilan with the same code or the same folded label (another one than `except`). */
export function findSameCompetence(
  trx: Trx,
  bilanId: string,
  probe: { codeOgr: string | null; labelKey: string; except?: string | undefined },
) {
  let query = trx
    .selectFrom('portfolio_competences')
    .select(['id', 'label', 'code_ogr', 'label_key'])
    .where('bilan_id', '=', bilanId)
    .where((eb) =>
      probe.codeOgr === null
        ? eb('label_key', '=', probe.labelKey)
        : eb.or([eb('label_key', '=', probe.labelKey), eb('code_ogr', '=', probe.codeOgr)]),
    );
  if (probe.except) query = query.where('id', '<>', probe.except);
  return query.orderBy('position').limit(1).executeTakeFirst();
}

/**
 * The codes and folded labels of the bilan's competences, and the proposals rejected (OGR codes,
 * `savoir-etre:<id>`): what is not proposed again.
 */
export async function decidedCodes(
  db: Trx,
  bilanId: string,
): Promise<{ codes: Set<string>; labelKeys: Set<string>; rejected: Set<string>; byCode: Map<string, string>; byKey: Map<string, string> }> {
  const { rows } = await sql<{ kind: 'competence' | 'rejected'; id: string | null; code_ogr: string | null; label_key: string | null }>`
    SELECT 'competence' AS kind, id::text, code_ogr, label_key FROM portfolio_competences WHERE bilan_id = ${bilanId}
    UNION ALL
    SELECT 'rejected', NULL, proposal, NULL FROM portfolio_rejected_proposals WHERE bilan_id = ${bilanId}`.execute(db);
  const decided = {
    codes: new Set<string>(),
    labelKeys: new Set<string>(),
    rejected: new Set<string>(),
    byCode: new Map<string, string>(),
    byKey: new Map<string, string>(),
  };
  for (const row of rows) {
    if (row.kind === 'rejected') decided.rejected.add(row.code_ogr!);
    else {
      if (row.code_ogr) {
        decided.codes.add(row.code_ogr);
        decided.byCode.set(row.code_ogr, row.id!);
      }
      decided.labelKeys.add(row.label_key!);
      decided.byKey.set(row.label_key!, row.id!);
    }
  }
  return decided;
}

export async function insertCompetence(
  trx: Trx,
  row: {
    id?: string | undefined;
    organisationId: string;
    bilanId: string;
    by: string;
    now: Date;
    origin: CompetenceOrigin;
    fields: CompetenceFields;
  },
): Promise<string | undefined> {
  const inserted = await trx
    .insertInto('portfolio_competences')
    .values({
      ...(row.id ? { id: row.id } : {}),
      ...(await createdColumns(trx, 'portfolio_competences', row)),
      ...columnsOf(row.fields),
      origin: row.origin,
    })
    .onConflict((oc) => oc.column('id').doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted?.id;
}

export async function updateCompetence(
  trx: Trx,
  id: string,
  change: { by: string; now: Date; fields: CompetenceFields },
): Promise<void> {
  await trx
    .updateTable('portfolio_competences')
    .set({
      ...columnsOf(change.fields),
      ...changedColumns(change),
    })
    .where('id', '=', id)
    .execute();
}

/** Deletes the competence (its evidence links and comments go with it); what went with it. */
export function deleteCompetence(trx: Trx, id: string): Promise<{ evidence: number; comments: number }> {
  return deleteCounting(trx, 'portfolio_competences', id);
}

/** The experiences that prove the competence become exactly `experienceIds`. */
export async function replaceEvidence(
  trx: Trx,
  link: { organisationId: string; bilanId: string; competenceId: string; experienceIds: readonly string[] },
): Promise<void> {
  await trx
    .deleteFrom('portfolio_evidence')
    .where('competence_id', '=', link.competenceId)
    .where('experience_id', 'not in', link.experienceIds.length > 0 ? [...link.experienceIds] : ['00000000-0000-0000-0000-000000000000'])
    .execute();
  await addEvidence(trx, { ...link, links: link.experienceIds.map((experienceId) => ({ competenceId: link.competenceId, experienceId })) });
}

/** Adds evidence links (those already there are kept). */
export async function addEvidence(
  trx: Trx,
  link: { organisationId: string; bilanId: string; links: readonly { competenceId: string; experienceId: string }[] },
): Promise<void> {
  if (link.links.length === 0) return;
  await trx
    .insertInto('portfolio_evidence')
    .values(
      link.links.map((l) => ({
        organisation_id: link.organisationId,
        bilan_id: link.bilanId,
        competence_id: l.competenceId,
        experience_id: l.experienceId,
      })),
    )
    .onConflict((oc) => oc.columns(['competence_id', 'experience_id']).doNothing())
    .execute();
}

/** Records rejected proposals, OGR codes or `savoir-etre:<id>` (already rejected ones are kept as they were). */
export async function rejectProposals(
  trx: Trx,
  rejected: { organisationId: string; bilanId: string; by: string; now: Date; codes: readonly string[] },
): Promise<void> {
  if (rejected.codes.length === 0) return;
  await trx
    .insertInto('portfolio_rejected_proposals')
    .values(
      [...new Set(rejected.codes)].map((code) => ({
        organisation_id: rejected.organisationId,
        bilan_id: rejected.bilanId,
        proposal: code,
        rejected_by: rejected.by,
        rejected_at: rejected.now,
      })),
    )
    .onConflict((oc) => oc.columns(['bilan_id', 'proposal']).doNothing())
    .execute();
}

/** Proposals kept after a rejection are no longer rejected. */
export async function forgetRejections(trx: Trx, bilanId: string, codes: readonly string[]): Promise<void> {
  if (codes.length === 0) return;
  await trx
    .deleteFrom('portfolio_rejected_proposals')
    .where('bilan_id', '=', bilanId)
    .where('proposal', 'in', [...codes])
    .execute();
}

/** A competence as the bilan's other capabilities read it (pistes, synthèse). */
export interface HeldCompetenceRow {
  id: string;
  label: string;
  kind: PortfolioCompetenceKind;
  codeOgr: string | null;
  level: number | null;
  transferable: boolean;
  /** The label of its domain, if it has one. */
  domain: string | null;
}

/**
 * For other capabilities: the portfolio's competences in the portfolio's order (domains first,
 * in theirs). Content: the caller has already checked that its actor reaches the bilan.
 */
export async function listHeldCompetences(db: Trx, organisationId: string, bilanId: string): Promise<HeldCompetenceRow[]> {
  const { rows } = await sql<{
    id: string;
    label: string;
    kind: PortfolioCompetenceKind;
    code_ogr: string | null;
    level: number | null;
    transferable: boolean;
    domain: string | null;
  }>`
    SELECT c.id, c.label, c.kind, c.code_ogr, c.level, c.transferable, d.label AS domain
      FROM portfolio_competences c
      LEFT JOIN portfolio_domains d ON d.id = c.domain_id
     WHERE c.bilan_id = ${bilanId} AND c.organisation_id = ${organisationId}
     ORDER BY d.position NULLS LAST, c.position, c.id`.execute(db);
  return rows.map((r) => ({
    id: r.id,
    label: r.label,
    kind: r.kind,
    codeOgr: r.code_ogr,
    level: r.level,
    transferable: r.transferable,
    domain: r.domain,
  }));
}
