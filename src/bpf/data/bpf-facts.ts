/**
 * The facts of an organisation's BPF for a financial year, read in one place (decision 051): its
 * profile, the bilans with accompaniment held around the year and all their held synchronous
 * séances (the domain keeps the signed ones of the year, and spreads the price over all years),
 * the people who led them with their status for the year, and the filing. Plain SQL over the
 * owners' tables, read-only (like the dashboards' facts, decision 034).
 */
import { sql } from 'kysely';
import type { Trx } from '../../platform/db/kysely.ts';
import type { BpfFacts } from '../domain/figures.ts';
import type { FiscalYear } from '../domain/fiscal-year.ts';
import type { VatRegime } from '../../organisation/domain/vat.ts';
import type { Financing } from '../../financing/domain/catalog.ts';
import type { Phase } from '../../bilans/domain/phases.ts';
import type { BeneficiaryCategory } from '../domain/categories.ts';

export interface BpfOrganisationFacts {
  name: string;
  nda_number: string | null;
  siret: string | null;
  vat_regime: VatRegime | null;
  vat_rate_basis_points: number | null;
  created_at: Date;
}

export async function readBpfOrganisation(db: Trx, organisationId: string): Promise<BpfOrganisationFacts> {
  const { rows } = await sql<BpfOrganisationFacts>`
    SELECT name, nda_number, siret, vat_regime, vat_rate_basis_points, created_at
      FROM organisations WHERE id = ${organisationId}`.execute(db);
  return rows[0]!;
}

/** The figures' facts; séances are looked for a day either side of the year (time zones). */
export async function readBpfFacts(
  db: Trx,
  organisationId: string,
  fy: FiscalYear,
  vat: BpfFacts['vat'],
): Promise<BpfFacts> {
  const lo = `${fy.from}T00:00:00Z`;
  const hi = `${fy.to}T23:59:59Z`;
  const bilans = await sql<{
    id: string;
    beneficiary_id: string;
    first_name: string;
    last_name: string;
    phase: Phase;
    financing: Financing;
    beneficiary_category: BeneficiaryCategory | null;
    created_at: Date;
    planned_accompaniment_minutes: number;
    status: string | null;
    price_cents: number | null;
  }>`
    SELECT b.id, b.beneficiary_id, u.first_name, u.last_name, b.phase, b.financing, b.beneficiary_category,
           b.created_at, b.planned_accompaniment_minutes, f.status, f.price_cents
      FROM bilans AS b
      JOIN users AS u ON u.id = b.beneficiary_id
      LEFT JOIN bilan_financings AS f ON f.bilan_id = b.id
     WHERE b.organisation_id = ${organisationId}
       AND EXISTS (SELECT 1 FROM seances AS s
                    WHERE s.bilan_id = b.id AND s.status = 'held' AND s.mode <> 'personal_work'
                      AND coalesce(s.actual_start_at, s.starts_at) >= ${lo}::timestamptz - interval '1 day'
                      AND coalesce(s.actual_start_at, s.starts_at) <= ${hi}::timestamptz + interval '1 day')
     ORDER BY u.last_name, u.first_name, b.created_at`.execute(db);
  const ids = bilans.rows.map((b) => b.id);
  const seances =
    ids.length === 0
      ? { rows: [] }
      : await sql<{ bilan_id: string; consultant_id: string; started_at: Date; minutes: number; signed: boolean }>`
    SELECT s.bilan_id, s.consultant_id, coalesce(s.actual_start_at, s.starts_at) AS started_at,
           round(extract(epoch FROM CASE WHEN s.actual_start_at IS NOT NULL AND s.actual_end_at IS NOT NULL
                                         THEN s.actual_end_at - s.actual_start_at
                                         ELSE s.ends_at - s.starts_at END) / 60)::int AS minutes,
           (s.signed_by_beneficiary_at IS NOT NULL AND s.signed_by_consultant_at IS NOT NULL) AS signed
      FROM seances AS s
     WHERE s.organisation_id = ${organisationId} AND s.bilan_id = ANY(${ids}::uuid[])
       AND s.status = 'held' AND s.mode <> 'personal_work'`.execute(db);
  const consultants = await sql<{ id: string; first_name: string; last_name: string; external: boolean }>`
    SELECT u.id, u.first_name, u.last_name,
           EXISTS (SELECT 1 FROM bpf_external_consultants AS e
                    WHERE e.consultant_id = u.id AND e.organisation_id = u.organisation_id AND e.year = ${fy.year}) AS external
      FROM users AS u
     WHERE u.organisation_id = ${organisationId} AND u.role IN ('consultant', 'admin')`.execute(db);
  return {
    bilans: bilans.rows.map((b) => ({
      id: b.id,
      beneficiaryId: b.beneficiary_id,
      beneficiaryName: `${b.first_name} ${b.last_name}`,
      phase: b.phase,
      financing: b.financing,
      category: b.beneficiary_category,
      createdAt: new Date(b.created_at),
      plannedMinutes: b.planned_accompaniment_minutes,
      financingStatus: b.status,
      priceCents: b.price_cents,
    })),
    seances: seances.rows.map((s) => ({
      bilanId: s.bilan_id,
      consultantId: s.consultant_id,
      startedAt: new Date(s.started_at),
      minutes: s.minutes,
      signedByBoth: s.signed,
    })),
    consultants: consultants.rows.map((c) => ({ id: c.id, name: `${c.first_name} ${c.last_name}`, external: c.external })),
    vat,
  };
}

/** The organisations whose previous year's BPF may need a reminder: created before it ended, not filed. */
export async function listOrganisationsToRemind(db: Trx, year: number) {
  const { rows } = await sql<{ id: string; name: string; created_at: Date }>`
    SELECT o.id, o.name, o.created_at FROM organisations AS o
     WHERE NOT EXISTS (SELECT 1 FROM bpf_filings AS f WHERE f.organisation_id = o.id AND f.year = ${year})
     ORDER BY o.id`.execute(db);
  return rows;
}

/** A consultant (or admin leading séances) of the organisation exists. */
export async function staffExists(db: Trx, organisationId: string, userId: string): Promise<boolean> {
  const { rows } = await sql<{ one: number }>`
    SELECT 1 AS one FROM users WHERE id = ${userId} AND organisation_id = ${organisationId}
       AND role IN ('consultant', 'admin')`.execute(db);
  return rows.length > 0;
}
