/**
 * The administrative facts of a bilan that every document prints (organisation, people,
 * financing), and the references documents carry. Never bilan content.
 */
import { parsePlainDate } from '../../shared/calendar/plain-date.ts';
import { AppError } from '../../shared/errors.ts';
import type { Financing } from '../../financing/domain/catalog.ts';
import type { Phase } from '../../bilans/domain/phases.ts';
import type { CommonFacts, DocumentKindCode, OrganisationFacts, PrestationFacts } from './builders.ts';

export interface DocumentFacts {
  row: {
    id: string;
    organisation_id: string;
    financing: Financing;
    phase: Phase;
    planned_accompaniment_minutes: number;
    accompaniment_done_minutes: number;
    personal_work_done_minutes: number;
    abandon_reason: string | null;
    phase_changed_at: Date;
    created_at: Date;
  };
  organisation: OrganisationFacts;
  beneficiary: { firstName: string; lastName: string; email: string };
  consultant: { firstName: string; lastName: string };
  financingLabel: string;
}

const REFERENCE_PREFIX: Record<DocumentKindCode | 'suivi', string> = {
  devis: 'DEV',
  contrat_individuel: 'CTR',
  convention_tripartite: 'CONV',
  commande_cpf: 'CPF',
  certificat_realisation: 'CERT',
  suivi: 'SUIVI',
};

export function documentReference(
  kind: DocumentKindCode | 'suivi',
  bilanId: string,
  version: number,
  issuedOn: string,
): string {
  return `${REFERENCE_PREFIX[kind]}-${issuedOn.slice(0, 4)}-${bilanId.slice(0, 8).toUpperCase()}-${version}`;
}

export function commonFacts(
  facts: DocumentFacts,
  input: {
    issuedOn: string;
    reference: string;
    priceCents: number | null;
    personalWorkMinutes: number | null;
    prestation: PrestationFacts;
  },
): CommonFacts {
  return {
    organisation: facts.organisation,
    beneficiary: facts.beneficiary,
    consultant: facts.consultant,
    issuedOn: parsePlainDate(input.issuedOn),
    reference: input.reference,
    financingLabel: facts.financingLabel,
    plannedAccompanimentMinutes: facts.row.planned_accompaniment_minutes,
    personalWorkMinutes: input.personalWorkMinutes,
    priceCents: input.priceCents,
    prestation: input.prestation,
  };
}

/** Which documents the consultant can produce for a financing. */
export function generatableKinds(financing: string): DocumentKindCode[] {
  const kinds: DocumentKindCode[] = ['devis'];
  if (financing === 'self_funded') kinds.push('contrat_individuel');
  if (financing === 'employer_plan' || financing === 'opco' || financing === 'transitions_pro')
    kinds.push('convention_tripartite');
  if (financing === 'cpf') kinds.push('commande_cpf');
  return kinds;
}

/** The employer's link stays valid 30 days (a setting of Sillage, not a legal delay). */
export const SIGNATURE_LINK_DAYS = 30;

/** A signature link serves until it is used, expires, is replaced by a new one, or its document is superseded. */
export function signatureLinkUsable(
  link: { expires_at: Date; used_at: Date | null; revoked_at: Date | null; superseded_at: Date | null },
  now: Date,
): boolean {
  return (
    link.used_at === null &&
    link.revoked_at === null &&
    link.expires_at.getTime() > now.getTime() &&
    link.superseded_at === null
  );
}

/** Refuses a link that no longer serves, saying why in French (a replaced link points to the newer e-mail). */
export function assertSignatureLinkUsable(
  link: { expires_at: Date; used_at: Date | null; revoked_at: Date | null; superseded_at: Date | null },
  now: Date,
): void {
  if (link.used_at === null && link.revoked_at !== null) throw new AppError('signature_link_replaced');
  if (!signatureLinkUsable(link, now)) throw new AppError('signature_link_expired');
}
