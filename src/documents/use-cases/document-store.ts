/**
 * Shared by the document use cases: the administrative facts of a bilan (organisation profile,
 * people, financing), rendering and storing a PDF version, and the signed copy with its
 * signature page. Only administrative data is read here, never bilan content.
 */
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { parisDate } from '../../platform/clock.ts';
import {
  DOCUMENT_SIGNERS,
  DOCUMENT_TITLES,
  SIGNER_LABELS,
  withSignaturePage,
  type CommonFacts,
  type OrganisationFacts,
} from '../domain/builders.ts';
import type { PdfDocument } from '../domain/model.ts';
import { parsePlainDate } from '../../shared/calendar/plain-date.ts';
import { FINANCING_TYPES } from '../../financing/domain/catalog.ts';
import type { DocumentView } from '../contracts/schemas.ts';
import { financingType } from '../../financing/domain/catalog.ts';
import type { DocumentKindCode, SignerRole } from '../domain/builders.ts';
import type { Database } from '../../platform/db/database.ts';
import type { Deps } from '../../platform/deps.ts';

type Trx = Kysely<Database>;

export const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

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

/** The bilan, its people, organisation and financing, as the document builders need them. */
export async function bilanFacts(trx: Trx, bilanId: string) {
  const row = await trx
    .selectFrom('bilans as b')
    .innerJoin('users as u', 'u.id', 'b.beneficiary_id')
    .innerJoin('users as c', 'c.id', 'b.consultant_id')
    .innerJoin('organisations as o', 'o.id', 'b.organisation_id')
    .select([
      'b.id',
      'b.organisation_id',
      'b.financing',
      'b.phase',
      'b.planned_accompaniment_minutes',
      'b.accompaniment_done_minutes',
      'b.personal_work_done_minutes',
      'b.abandon_reason',
      'b.phase_changed_at',
      'b.created_at',
      'u.first_name as b_first',
      'u.last_name as b_last',
      'u.email as b_email',
      'c.first_name as c_first',
      'c.last_name as c_last',
      'o.name',
      'o.legal_name',
      'o.siret',
      'o.address',
      'o.postal_code',
      'o.city',
      'o.phone',
      'o.contact_email',
      'o.nda_number',
      'o.qualiopi_certificate_number',
    ])
    .where('b.id', '=', bilanId)
    .executeTakeFirstOrThrow();
  const organisation: OrganisationFacts = {
    name: row.name,
    legalName: row.legal_name,
    siret: row.siret,
    address: row.address,
    postalCode: row.postal_code,
    city: row.city,
    phone: row.phone,
    contactEmail: row.contact_email,
    ndaNumber: row.nda_number,
    qualiopiNumber: row.qualiopi_certificate_number,
  };
  return {
    row,
    organisation,
    beneficiary: { firstName: row.b_first, lastName: row.b_last, email: row.b_email },
    consultant: { firstName: row.c_first, lastName: row.c_last },
    financingLabel: FINANCING_TYPES[financingType(row.financing)].label,
  };
}

export function commonFacts(
  facts: Awaited<ReturnType<typeof bilanFacts>>,
  input: { issuedOn: string; reference: string; priceCents: number | null },
): CommonFacts {
  return {
    organisation: facts.organisation,
    beneficiary: facts.beneficiary,
    consultant: facts.consultant,
    issuedOn: parsePlainDate(input.issuedOn),
    reference: input.reference,
    financingLabel: facts.financingLabel,
    plannedAccompanimentMinutes: facts.row.planned_accompaniment_minutes,
    personalWorkMinutes: null,
    priceCents: input.priceCents,
  };
}

export async function nextVersion(trx: Trx, bilanId: string, kind: DocumentKindCode): Promise<number> {
  const last = await trx
    .selectFrom('bilan_documents')
    .select('version')
    .where('bilan_id', '=', bilanId)
    .where('kind', '=', kind)
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
  return (last?.version ?? 0) + 1;
}

/** Renders and stores a new version of a document; the previous one is superseded. */
export async function storeDocument(
  deps: Deps,
  trx: Trx,
  input: {
    organisationId: string;
    bilanId: string;
    kind: DocumentKindCode;
    version: number;
    document: PdfDocument;
    createdBy: string | null;
  },
  now: Date,
): Promise<{ id: string; sha256: string }> {
  const pdf = deps.pdf.render(input.document);
  const hash = sha256(pdf);
  await trx
    .updateTable('bilan_documents')
    .set({ superseded_at: now })
    .where('bilan_id', '=', input.bilanId)
    .where('kind', '=', input.kind)
    .where('superseded_at', 'is', null)
    .execute();
  const row = await trx
    .insertInto('bilan_documents')
    .values({
      organisation_id: input.organisationId,
      bilan_id: input.bilanId,
      kind: input.kind,
      version: input.version,
      render_data: JSON.stringify(input.document),
      pdf,
      sha256: hash,
      signers: DOCUMENT_SIGNERS[input.kind],
      created_at: now,
      created_by: input.createdBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: row.id, sha256: hash };
}

const signedAtFr = new Intl.DateTimeFormat('fr-FR', {
  dateStyle: 'long',
  timeStyle: 'medium',
  timeZone: 'Europe/Paris',
});

/** The signed copy: the stored document re-rendered with its signature page appended. */
export async function signedCopy(
  deps: Deps,
  trx: Trx,
  document: { id: string; render_data: Record<string, unknown>; sha256: string },
): Promise<Buffer> {
  const signatures = await trx
    .selectFrom('document_signatures as s')
    .leftJoin('users as u', 'u.id', 's.signer_user_id')
    .select(['s.signer_role', 's.signed_name', 's.signed_at', 's.ip', 'u.email'])
    .where('s.document_id', '=', document.id)
    .orderBy('s.signed_at')
    .execute();
  const links = await trx
    .selectFrom('signature_links')
    .select(['email', 'used_at'])
    .where('document_id', '=', document.id)
    .where('used_at', 'is not', null)
    .execute();
  return deps.pdf.render(
    withSignaturePage(
      document.render_data as unknown as PdfDocument,
      document.sha256,
      signatures.map((s) => ({
        role: s.signer_role,
        name: s.signed_name,
        signedAt: `${signedAtFr.format(s.signed_at)} (heure de Paris)`,
        ip: s.ip,
        account: s.email
          ? `Compte Sillage ${s.email}`
          : `Lien de signature à usage unique envoyé à ${links[0]?.email ?? 'l’employeur'}`,
      })),
    ),
  );
}

/** A document as its readers see it. */
export function documentView(
  doc: {
    id: string;
    kind: DocumentKindCode;
    version: number;
    sha256: string;
    created_at: Date;
    superseded_at: Date | null;
    signers: SignerRole[];
  },
  signatures: { document_id: string; signer_role: SignerRole; signed_name: string; signed_at: Date }[],
  readerRole: SignerRole | null,
): DocumentView {
  const mine = signatures.filter((s) => s.document_id === doc.id);
  const views = doc.signers.map((role) => {
    const s = mine.find((m) => m.signer_role === role);
    return {
      role,
      roleLabel: SIGNER_LABELS[role],
      name: s?.signed_name ?? null,
      signedAt: s?.signed_at.toISOString() ?? null,
    };
  });
  const current = doc.superseded_at === null;
  return {
    id: doc.id,
    kind: doc.kind,
    title: DOCUMENT_TITLES[doc.kind],
    version: doc.version,
    sha256: doc.sha256,
    createdAt: doc.created_at.toISOString(),
    current,
    signatures: views,
    fullySigned: views.length > 0 && views.every((v) => v.signedAt !== null),
    awaitingMySignature:
      current && readerRole !== null && views.some((v) => v.role === readerRole && v.signedAt === null),
    pdfUrl: `/api/documents/${doc.id}/pdf`,
    signedPdfUrl: mine.length > 0 ? `/api/documents/${doc.id}/signed-pdf` : null,
  };
}

export const todayIn = (now: Date) => parisDate(now);
