/**
 * Reads and computes an organisation's BPF for a year, for the admin's page and its exports (not a
 * route of its own). Admins only; a year after the current one is refused.
 */
import { requireRole } from '../../platform/authorize.ts';
import { parisDate } from '../../platform/clock.ts';
import type { Actor, Deps } from '../../platform/deps.ts';
import type { Trx } from '../../platform/db/kysely.ts';
import { AppError } from '../../shared/errors.ts';
import { parsePlainDate } from '../../shared/calendar/plain-date.ts';
import { computeBpf, type BpfFigures } from '../domain/figures.ts';
import { fiscalYear, fiscalYearOf } from '../domain/fiscal-year.ts';
import { readBpfFacts, readBpfOrganisation } from '../data/bpf-facts.ts';
import { readFiling } from '../data/filing-repository.ts';
import type { BpfView } from '../contracts/schemas.ts';

export async function loadBpf(deps: Deps, actor: Actor, yearText: string, db: Trx = deps.db): Promise<BpfView> {
  requireRole(actor, 'admin');
  const today = parsePlainDate(parisDate(deps.clock.now()));
  const year = Number(yearText);
  const current = fiscalYearOf(today);
  if (!Number.isInteger(year) || year > current) throw new AppError('bpf_year_invalid');
  const fy = fiscalYear(year);
  const organisation = await readBpfOrganisation(db, actor.organisationId);
  const facts = await readBpfFacts(db, actor.organisationId, fy, {
    regime: organisation.vat_regime,
    rateBasisPoints: organisation.vat_rate_basis_points,
  });
  const figures: BpfFigures = computeBpf(fy, facts);
  const filing = await readFiling(db, actor.organisationId, year);
  return {
    figures,
    organisation: { name: organisation.name, ndaNumber: organisation.nda_number, siret: organisation.siret },
    filing: filing ? { filedOn: filing.filed_on, recordedAt: new Date(filing.recorded_at).toISOString() } : null,
    closed: year < current,
  };
}
