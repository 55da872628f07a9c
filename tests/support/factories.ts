/**
 * Test data built through the services where the flow matters, and directly in SQL where it
 * does not. Every call creates a fresh organisation, so tests never see each other's data.
 */
import { randomBytes } from 'node:crypto';
import { insertOrganisation } from '../../src/organisation/data/organisation-repository.ts';
import type { Actor } from '../../src/platform/deps.ts';
import type { TestDeps } from './deps.ts';
import type { Role } from '../../src/accounts/domain/users.ts';
import type { Insertable } from 'kysely';
import type { Bilans } from '../../src/platform/db/database.ts';
import { FINANCING_TYPES, financingType, type Financing } from '../../src/financing/domain/catalog.ts';
import { workingTimeApplies } from '../../src/financing/domain/prestation.ts';
import type { OrganisationProfileInput } from '../../src/organisation/contracts/schemas.ts';

export const PASSWORD = 'un mot de passe solide';

/** The session of a sign-in that must have opened one account (not asked to choose an organisation). */
export function signedIn<T extends { kind: string }>(outcome: T): Extract<T, { kind: 'signed_in' }> {
  if (outcome.kind !== 'signed_in') throw new Error(`Expected a sign-in, got ${JSON.stringify(outcome)}`);
  return outcome as Extract<T, { kind: 'signed_in' }>;
}

const unique = () => randomBytes(4).toString('hex');

export interface TestUser {
  id: string;
  email: string;
  role: Role;
  organisationId: string;
  actor: Actor;
}

let hashed: Promise<string> | undefined;

export async function createUser(
  deps: TestDeps,
  organisationId: string,
  role: Role,
  name: string = role,
): Promise<TestUser> {
  hashed ??= deps.hasher.hash(PASSWORD);
  const email = `${name}.${unique()}@exemple.fr`;
  const firstName = { admin: 'Alice', consultant: 'Claire', beneficiary: 'Bruno' }[role];
  const row = await deps.db
    .insertInto('users')
    .values({
      organisation_id: organisationId,
      role,
      email,
      first_name: firstName,
      last_name: `${name}-${unique()}`,
      password_hash: await hashed,
      status: 'active',
      activated_at: deps.clock.now(),
    })
    .returning(['id'])
    .executeTakeFirstOrThrow();
  return {
    id: row.id,
    email,
    role,
    organisationId,
    actor: { userId: row.id, organisationId, role, firstName, lastName: name, ip: '192.0.2.1', userAgent: 'vitest' },
  };
}

export interface TestOrganisation {
  id: string;
  name: string;
  admin: TestUser;
  consultant: TestUser;
}

export async function createOrganisation(deps: TestDeps): Promise<TestOrganisation> {
  const organisation = await insertOrganisation(deps.db, `Organisme ${unique()}`, deps.clock.now());
  return {
    id: organisation.id,
    name: organisation.name,
    admin: await createUser(deps, organisation.id, 'admin'),
    consultant: await createUser(deps, organisation.id, 'consultant'),
  };
}

/**
 * Meets every required item of the préliminaire through the real services: the beneficiary
 * consents and signs the charter, the consultant signs it and records the need analysis, format
 * and modalities.
 */
export async function completePreliminaire(
  deps: TestDeps,
  bilanId: string,
  consultant: TestUser,
  beneficiary: TestUser,
): Promise<void> {
  const { decideConsent } = await import('../../src/bilans/use-cases/decide-consent.ts');
  const { getCharter } = await import('../../src/bilans/use-cases/get-charter.ts');
  const { signCharter } = await import('../../src/bilans/use-cases/sign-charter.ts');
  const { savePhaseRecord } = await import('../../src/bilans/use-cases/save-phase-record.ts');
  const { CURRENT_NOTICE } = await import('../../src/bilans/domain/notice.ts');
  await decideConsent(deps, beneficiary.actor, bilanId, { decision: 'given', noticeVersion: CURRENT_NOTICE.version });
  const charter = await getCharter(deps, beneficiary.actor, bilanId);
  for (const person of [beneficiary, consultant]) {
    const user = await deps.db
      .selectFrom('users')
      .select(['first_name', 'last_name'])
      .where('id', '=', person.id)
      .executeTakeFirstOrThrow();
    await signCharter(deps, person.actor, bilanId, {
      signedName: `${user.first_name} ${user.last_name}`,
      consent: true,
      charterVersion: charter.version,
      textSha256: charter.textSha256,
    });
  }
  await savePhaseRecord(deps, consultant.actor, bilanId, {
    needAnalysis: 'Souhaite se reconvertir après quinze ans dans la logistique.',
    format: 'Bilan individuel, en présentiel, une séance de deux heures par semaine.',
    modalities: 'Huit séances de décembre à février ; tests d’intérêts et enquêtes métier.',
  });
}

/**
 * A bilan of the organisation's consultant for `beneficiary`, written straight to the table (OPCO,
 * 20 planned hours unless `values` says otherwise), for tests whose subject comes after it.
 */
export async function insertBilan(
  deps: TestDeps,
  org: TestOrganisation,
  beneficiary: TestUser,
  values: Partial<Insertable<Bilans>> = {},
): Promise<string> {
  const row = await deps.db
    .insertInto('bilans')
    .values({
      organisation_id: org.id,
      beneficiary_id: beneficiary.id,
      consultant_id: org.consultant.id,
      financing: 'opco',
      planned_accompaniment_minutes: 1200,
      ...values,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The beneficiary's name on the documents of `createDocumentedBilan`. */
export const DOCUMENTED_BENEFICIARY = { first: 'Bruno', last: 'Lefèvre' } as const;

/** Who signs for the organisation of `createDocumentedBilan`, and its VAT regime. */
export const DOCUMENTED_SIGNATORY = { name: 'Marie Durand', role: 'gérante' } as const;

/**
 * A fresh organisation with the legal details its documents print, and a bilan of 20 planned
 * hours financed by `financing` for a named beneficiary (documents and financing tests). Unless
 * `mentions` is false, the organisation states its VAT regime (exempt) and signatory, and the
 * bilan's financing its period, modality, place, personal work and working time: all a quote,
 * contract or convention needs but the price.
 */
export async function createDocumentedBilan(
  deps: TestDeps,
  financing: Financing,
  { mentions = true }: { mentions?: boolean } = {},
): Promise<{ org: TestOrganisation; beneficiary: TestUser; bilanId: string }> {
  const org = await createOrganisation(deps);
  await deps.db
    .updateTable('organisations')
    .set({
      legal_name: 'Cap Avenir Conseil SARL',
      siret: '12345678900011',
      nda_number: '84691234569',
      city: 'Lyon',
      postal_code: '69002',
      ...(mentions
        ? { vat_regime: 'exempt', signatory_name: DOCUMENTED_SIGNATORY.name, signatory_role: DOCUMENTED_SIGNATORY.role }
        : {}),
    })
    .where('id', '=', org.id)
    .execute();
  const beneficiary = await createUser(deps, org.id, 'beneficiary', 'docs');
  await deps.db
    .updateTable('users')
    .set({ first_name: DOCUMENTED_BENEFICIARY.first, last_name: DOCUMENTED_BENEFICIARY.last })
    .where('id', '=', beneficiary.id)
    .execute();
  const row = { id: await insertBilan(deps, org, beneficiary, { financing, created_at: deps.clock.now() }) };
  if (mentions) {
    const type = financingType(financing);
    await deps.db
      .insertInto('bilan_financings')
      .values({
        bilan_id: row.id,
        organisation_id: org.id,
        status: FINANCING_TYPES[type].initialStatus,
        planned_start_on: '2026-06-01',
        planned_end_on: '2026-07-31',
        modality: 'in_person',
        places: '12 rue de la République, 69002 Lyon',
        personal_work_minutes: 480,
        working_time: workingTimeApplies(type) ? 'outside' : null,
      })
      .execute();
  }
  return { org, beneficiary, bilanId: row.id };
}

/** A complete organisation profile, as an admin fills it in (organisation and intake tests). */
export const ORGANISATION_PROFILE: OrganisationProfileInput = {
  name: 'Cap Avenir Conseil',
  slug: 'cap-avenir',
  legalName: 'Cap Avenir SARL',
  siret: '123 456 789 00012',
  address: '12 rue de la République',
  postalCode: '69002',
  city: 'Lyon',
  phone: '04 72 00 00 00',
  contactEmail: 'contact@cap-avenir.fr',
  ndaNumber: '84 69 12345 69',
  qualiopiCertificateNumber: 'QUAL-2025-001',
  qualiopiCertifier: 'Certif Exemple',
  qualiopiScope: 'Actions permettant de faire un bilan de compétences',
  qualiopiExpiresOn: '2027-01-15',
  accessibilityContactName: 'Inès Moreau',
  accessibilityContactEmail: 'handicap@cap-avenir.fr',
  accessibilityContactPhone: '',
  accessibilityConditions: 'Locaux de plain-pied ; séances à distance possibles.',
  commitmentFirstAnswerDays: '2',
  commitmentFirstAppointmentDays: '10',
  followUpMonths: '6',
  publicPageEnabled: true,
};
