/**
 * The destruction at the end of the bilan (decision 046) against a real PostgreSQL: every table of
 * the schema is classified in the registry; a bilan with content in every content table loses all
 * of it (its marker is found nowhere in the database), its administrative records stay, another
 * bilan is untouched, the certificate lists what went; the sweep is idempotent; kept items survive
 * until their agreement expires or is withdrawn; an erasure destroys at once.
 */
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { beforeEach, describe, expect, it } from 'vitest';
import { testDb, testDeps, type TestDeps } from '../../../tests/support/deps.ts';
import {
  createOrganisation,
  createUser,
  insertBilan,
  type TestOrganisation,
  type TestUser,
} from '../../../tests/support/factories.ts';
import { seedBilanContent } from '../../../tests/support/bilan-content.ts';
import type { AppError } from '../../shared/errors.ts';
import { classificationOf } from '../domain/registry.ts';
import { sweepBilanDestruction } from './sweep-bilan-destruction.ts';
import { signRetentionAgreement } from './sign-retention-agreement.ts';
import { withdrawRetentionAgreement } from './withdraw-retention-agreement.ts';
import { destroyBilanContentNow } from './destroy-bilan-content-now.ts';
import { exportDestructionCertificate } from './export-destruction-certificate.ts';
import { PDFTOTEXT_MISSING, pdfText } from '../../../tests/support/pdf-text.ts';

async function publicTables(): Promise<string[]> {
  const { rows } = await sql<{ table_name: string }>`
    SELECT table_name FROM information_schema.tables
     WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`.execute(testDb());
  return rows.map((r) => r.table_name);
}

/** Tables with a foreign-key path to `bilans`, read from the catalogue. */
async function tablesReachingBilans(): Promise<string[]> {
  const { rows } = await sql<{ t: string }>`
    WITH RECURSIVE fk AS (
      SELECT conrelid::regclass::text AS child, confrelid::regclass::text AS parent
        FROM pg_constraint WHERE contype = 'f' AND connamespace = 'public'::regnamespace),
    reach(t) AS (
      SELECT child FROM fk WHERE parent = 'bilans'
      UNION SELECT fk.child FROM fk JOIN reach ON fk.parent = reach.t)
    SELECT DISTINCT t FROM reach ORDER BY 1`.execute(testDb());
  return rows.map((r) => r.t);
}

/** How many rows of each table hold `marker` anywhere in their text. */
async function rowsWith(marker: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of await publicTables()) {
    const { rows } = await sql<{ n: string }>`
      SELECT count(*) AS n FROM ${sql.table(table)} t WHERE t::text LIKE ${'%' + marker + '%'}`.execute(testDb());
    if (Number(rows[0]!.n) > 0) counts[table] = Number(rows[0]!.n);
  }
  return counts;
}

async function tableCounts(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of await publicTables()) {
    if (table === 'audit_events' || table.startsWith('rome_')) continue;
    const { rows } = await sql<{ n: string }>`SELECT count(*) AS n FROM ${sql.table(table)}`.execute(testDb());
    counts[table] = Number(rows[0]!.n);
  }
  return counts;
}

describe('the content registry', () => {
  it('classifies every table of the schema, and none reaching a bilan as organisation-wide', async () => {
    const unclassified = (await publicTables()).filter((t) => !classificationOf(t));
    expect(unclassified).toEqual([]);
    const reaching = await tablesReachingBilans();
    expect(reaching.length).toBeGreaterThan(30);
    expect(reaching.filter((t) => classificationOf(t)?.class === 'not_per_bilan')).toEqual([]);
  });

  it('names real parents and real columns for content reached through a parent or scrubbed', async () => {
    const tables = new Set(await publicTables());
    const { rows } = await sql<{ c: string }>`
      SELECT table_name || '.' || column_name AS c FROM information_schema.columns WHERE table_schema = 'public'`.execute(
      testDb(),
    );
    const columns = new Set(rows.map((r) => r.c));
    for (const table of tables) {
      const entry = classificationOf(table)!;
      if ((entry.class === 'content' || entry.class === 'scrub') && entry.reach.via === 'parent')
        expect(tables.has(entry.reach.parent), table).toBe(true);
      if ((entry.class === 'content' || entry.class === 'scrub') && entry.reach.via === 'bilan_id')
        expect(columns.has(`${table}.bilan_id`), table).toBe(true);
      if (entry.class === 'scrub')
        for (const column of entry.columns) expect(columns.has(`${table}.${column.split('.')[0]}`), column).toBe(true);
    }
  });
});

describe('the destruction at the end', () => {
  let deps: TestDeps;
  let org: TestOrganisation;
  let beneficiary: TestUser;
  // Due 31 October 2026 (30 days); first seen on 23 November: due 30 November, warned at once.
  const ENDED = '2026-10-01T10:00:00Z';
  const marker = () => `M${randomBytes(5).toString('hex')}`;

  beforeEach(async () => {
    deps = testDeps('2026-11-23T09:00:00Z');
    org = await createOrganisation(deps);
    beneficiary = await createUser(deps, org.id, 'beneficiary');
  });

  async function endedBilanWithContent(endedAt = ENDED, phase: 'cloture' | 'abandonne' = 'cloture') {
    const m = marker();
    const bilanId = await insertBilan(deps, org, beneficiary, { phase, phase_changed_at: new Date(endedAt) });
    const seeded = await seedBilanContent(deps, org, beneficiary, bilanId, m);
    return { bilanId, marker: m, ...seeded };
  }

  it('destroys every content row of a due bilan, keeps its administrative records and leaves others untouched', async () => {
    const due = await endedBilanWithContent();
    const recent = await endedBilanWithContent('2026-11-20T10:00:00Z', 'abandonne');
    const open = await insertBilan(deps, org, beneficiary);
    const openMarker = marker();
    await seedBilanContent(deps, org, beneficiary, open, openMarker);
    // The seed reaches every content and scrubbed table of the registry (those holding ids only aside).
    const seeded = Object.keys(await rowsWith(due.marker));
    const ID_ONLY = ['share_accesses', 'portfolio_evidence', 'portfolio_rejected_proposals'];
    const contentTables = (await publicTables()).filter((t) =>
      ['content', 'scrub'].includes(classificationOf(t)!.class),
    );
    expect(contentTables.filter((t) => !seeded.includes(t) && !ID_ONLY.includes(t))).toEqual([]);
    for (const table of ID_ONLY) {
      const { rows } = await sql<{ n: string }>`
        SELECT count(*) AS n FROM ${sql.table(table)} WHERE organisation_id = ${org.id}`.execute(testDb());
      expect(Number(rows[0]!.n), table).toBeGreaterThan(0);
    }

    // Never destroyed without a warning: a bilan that ended long ago is warned first, then goes
    // seven days later.
    await sweepBilanDestruction(deps, deps.clock.now(), { batchSize: 1 });
    expect(Object.keys(await rowsWith(due.marker)).length).toBeGreaterThanOrEqual(19);
    await sweepBilanDestruction(deps, new Date('2026-11-29T08:00:00Z'), { batchSize: 1 });
    expect(Object.keys(await rowsWith(due.marker)).length).toBeGreaterThanOrEqual(19);
    const result = await sweepBilanDestruction(deps, new Date('2026-11-30T08:00:00Z'), { batchSize: 1 });
    expect(result.destroyed).toBeGreaterThanOrEqual(1);

    expect(await rowsWith(due.marker)).toEqual({});
    expect(Object.keys(await rowsWith(recent.marker)).length).toBeGreaterThanOrEqual(19);
    expect(Object.keys(await rowsWith(openMarker)).length).toBeGreaterThanOrEqual(19);

    const db = deps.db;
    const seance = await db.selectFrom('seances').selectAll().where('id', '=', due.seanceId).executeTakeFirstOrThrow();
    expect(seance).toMatchObject({ topic: null, status_reason: null, status: 'held', attended_minutes: 120 });
    expect(
      await db.selectFrom('attendance_signatures').select('id').where('seance_id', '=', due.seanceId).execute(),
    ).toHaveLength(1);
    const record = await db
      .selectFrom('bilan_phase_records')
      .selectAll()
      .where('bilan_id', '=', due.bilanId)
      .executeTakeFirstOrThrow();
    expect(record).toMatchObject({ need_analysis: null, modalities: null, format: 'Individuel' });
    expect(record.attested).toEqual({ entretien: expect.objectContaining({ by: org.consultant.id }) });
    const synthese = await db
      .selectFrom('syntheses')
      .selectAll()
      .where('id', '=', due.syntheseId)
      .executeTakeFirstOrThrow();
    expect(synthese).toMatchObject({ delivery_channel: 'email', delivered_on: '2026-11-02' });
    expect(
      await db.selectFrom('synthese_approvals').select('id').where('version_id', '=', due.versionId).execute(),
    ).toHaveLength(1);
    const version = await db
      .selectFrom('synthese_versions')
      .selectAll()
      .where('id', '=', due.versionId)
      .executeTakeFirstOrThrow();
    expect(version.sections.every((s) => s.text === '')).toBe(true);

    const certificates = await db
      .selectFrom('destruction_certificates')
      .selectAll()
      .where('bilan_id', '=', due.bilanId)
      .execute();
    expect(certificates).toHaveLength(1);
    const lines = Object.fromEntries(certificates[0]!.categories.map((l) => [l.category, l.count]));
    expect(lines).toEqual({
      questionnaires: 1,
      questionnaire_comments: 1,
      feedback_invitations: 1,
      external_tests: 1,
      portfolio: 5,
      portfolio_comments: 1,
      pistes: 3,
      enquetes: 1,
      action_plan: 1,
      synthese_texts: 2,
      synthese_comments: 1,
      synthese_versions: 1,
      shares: 2,
      seance_notes: 1,
      phase_notes: 1,
      emails: 2,
    });
    expect(certificates[0]).toMatchObject({
      reason: 'fin_du_bilan',
      destroyed_on: '2026-11-30',
      backups_gone_on: '2026-12-31', // destroyed on 30 November + 30 days of backups + 1 (decision 047)
    });
    expect(certificates[0]!.categories.every((l) => !/M[0-9a-f]{10}/.test(l.label))).toBe(true);

    const audit = await db
      .selectFrom('audit_events')
      .selectAll()
      .where('action', '=', 'bilan.content_destroyed')
      .where('subject_id', '=', due.bilanId)
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]!.details).toMatchObject({ reason: 'fin_du_bilan', destroyed: 25 });

    // Each ended bilan's beneficiary was warned once, with the date and no content.
    const warnings = await db
      .selectFrom('outbox_emails')
      .selectAll()
      .where('kind', '=', 'destruction_warning')
      .where('organisation_id', '=', org.id)
      .execute();
    expect(warnings.map((w) => w.subject).sort()).toEqual([
      'Votre bilan est terminé : vos documents seront détruits le 20 décembre 2026',
      'Votre bilan est terminé : vos documents seront détruits le 30 novembre 2026',
    ]);
    expect(warnings[0]!.text_body).toContain('/mon-bilan/mes-donnees');
    expect(warnings.some((w) => w.text_body.includes(due.marker) || w.text_body.includes(recent.marker))).toBe(false);
  });

  it('changes nothing when run twice, and warns once before the date', async () => {
    const recent = await endedBilanWithContent('2026-11-20T10:00:00Z');
    await sweepBilanDestruction(deps, deps.clock.now());
    const before = await tableCounts();
    expect(await sweepBilanDestruction(deps, deps.clock.now())).toEqual({
      scheduled: 0,
      warned: 0,
      destroyed: 0,
      retentionsEnded: 0,
    });
    expect(await tableCounts()).toEqual(before);
    // Seven days before (13 December), the reminder; then nothing until the 20th.
    const warnings = () =>
      deps.db
        .selectFrom('outbox_emails')
        .select('subject')
        .where('kind', '=', 'destruction_warning')
        .where('organisation_id', '=', org.id)
        .orderBy('created_at')
        .execute()
        .then((rows) => rows.map((r) => r.subject));
    expect(await warnings()).toHaveLength(1);
    await sweepBilanDestruction(deps, new Date('2026-12-12T08:00:00Z'));
    expect(await warnings()).toHaveLength(1);
    await sweepBilanDestruction(deps, new Date('2026-12-13T08:00:00Z'));
    await sweepBilanDestruction(deps, new Date('2026-12-14T08:00:00Z'));
    expect(await warnings()).toEqual([
      expect.stringMatching(/^Votre bilan est terminé/),
      expect.stringMatching(/^Rappel/),
    ]);
    await sweepBilanDestruction(deps, new Date('2026-12-19T08:00:00Z'));
    expect(Object.keys(await rowsWith(recent.marker)).length).toBeGreaterThanOrEqual(19);
    await sweepBilanDestruction(deps, deps.clock.now());
    await sweepBilanDestruction(deps, new Date('2026-12-20T08:00:00Z'));
    expect(await rowsWith(recent.marker)).toEqual({});
    const once = await tableCounts();
    await sweepBilanDestruction(deps, new Date('2026-12-21T08:00:00Z'));
    expect(await tableCounts()).toEqual(once);
  });

  it('keeps the items of a signed agreement until it expires, then destroys them with a second entry', async () => {
    const kept = await endedBilanWithContent('2026-11-20T10:00:00Z');
    const me = beneficiary.actor;
    const signedName = `${me.firstName} ${me.lastName}`;
    await signRetentionAgreement(deps, me, kept.bilanId, {
      purpose: 'suivi',
      items: ['synthese', 'plan_action'],
      expiresOn: '2027-06-30',
      signedName,
      consent: true,
    });
    await sweepBilanDestruction(deps, deps.clock.now());
    await sweepBilanDestruction(deps, new Date('2026-12-20T08:00:00Z'));
    const left = await rowsWith(kept.marker);
    expect(Object.keys(left).sort()).toEqual(
      ['action_plan_steps', 'synthese_comments', 'synthese_proposals', 'synthese_sections', 'synthese_versions'].sort(),
    );
    const first = await deps.db
      .selectFrom('destruction_certificates')
      .selectAll()
      .where('bilan_id', '=', kept.bilanId)
      .execute();
    expect(first[0]).toMatchObject({ kept_items: ['synthese', 'plan_action'], kept_until: '2027-06-30' });

    await sweepBilanDestruction(deps, new Date('2027-06-30T08:00:00Z'));
    expect(Object.keys(await rowsWith(kept.marker)).length).toBe(5);
    await sweepBilanDestruction(deps, new Date('2027-07-01T08:00:00Z'));
    expect(await rowsWith(kept.marker)).toEqual({});
    const all = await deps.db
      .selectFrom('destruction_certificates')
      .selectAll()
      .where('bilan_id', '=', kept.bilanId)
      .orderBy('destroyed_at')
      .execute();
    expect(all.map((c) => c.reason)).toEqual(['fin_du_bilan', 'fin_de_conservation']);
    expect(Object.fromEntries(all[1]!.categories.map((l) => [l.category, l.count]))).toEqual({
      action_plan: 1,
      synthese_texts: 2,
      synthese_comments: 1,
      synthese_versions: 1,
    });
  });

  it('destroys kept items at the next sweep once the agreement is withdrawn', async () => {
    const kept = await endedBilanWithContent('2026-11-20T10:00:00Z');
    const me = beneficiary.actor;
    const { agreementId } = await signRetentionAgreement(deps, me, kept.bilanId, {
      purpose: 'transmission_cep',
      items: ['synthese'],
      expiresOn: '2029-11-20',
      signedName: `${me.firstName} ${me.lastName}`,
      consent: true,
    });
    await sweepBilanDestruction(deps, deps.clock.now());
    await sweepBilanDestruction(deps, new Date('2026-12-20T08:00:00Z'));
    expect(Object.keys(await rowsWith(kept.marker)).length).toBe(4);
    await withdrawRetentionAgreement(deps, me, kept.bilanId, agreementId);
    const again = await withdrawRetentionAgreement(deps, me, kept.bilanId, agreementId).catch((e: unknown) => e);
    expect(again).toMatchObject({ code: 'retention_agreement_not_running', status: 409 });
    const unknown = await withdrawRetentionAgreement(deps, me, kept.bilanId, kept.syntheseId).catch((e: unknown) => e);
    expect(unknown).toMatchObject({ status: 404 });
    await sweepBilanDestruction(deps, new Date('2026-12-21T08:00:00Z'));
    expect(await rowsWith(kept.marker)).toEqual({});
    const actions = await deps.db
      .selectFrom('audit_events')
      .select('action')
      .where('bilan_id', '=', kept.bilanId)
      .orderBy('id')
      .execute();
    expect(actions.map((a) => a.action)).toEqual([
      'retention.agreement_signed',
      'bilan.content_destroyed',
      'retention.agreement_withdrawn',
      'bilan.content_destroyed',
    ]);
  });

  it('signs the same agreement once when it is sent forty times at once, and a different one apart', async () => {
    const kept = await endedBilanWithContent('2026-11-20T10:00:00Z');
    const me = beneficiary.actor;
    const input = {
      purpose: 'suivi' as const,
      items: ['synthese' as const, 'portfolio' as const],
      expiresOn: '2027-11-20',
      signedName: `${me.firstName} ${me.lastName}`,
      consent: true as const,
    };
    const answers = await Promise.all(
      Array.from({ length: 40 }, () => signRetentionAgreement(deps, me, kept.bilanId, input)),
    );
    expect(new Set(answers.map((a) => a.agreementId)).size).toBe(1);
    const reordered = await signRetentionAgreement(deps, me, kept.bilanId, {
      ...input,
      items: ['portfolio', 'synthese'],
    });
    expect(reordered.agreementId).toBe(answers[0]!.agreementId);
    const later = await signRetentionAgreement(deps, me, kept.bilanId, { ...input, expiresOn: '2028-11-20' });
    expect(later.agreementId).not.toBe(answers[0]!.agreementId);
    const agreements = await deps.db
      .selectFrom('retention_agreements')
      .select('id')
      .where('bilan_id', '=', kept.bilanId)
      .execute();
    expect(agreements).toHaveLength(2);
    const signed = await deps.db
      .selectFrom('audit_events')
      .select('id')
      .where('bilan_id', '=', kept.bilanId)
      .where('action', '=', 'retention.agreement_signed')
      .execute();
    expect(signed).toHaveLength(2);
  });

  it('refuses in French a date beyond the legal limit, an open bilan and someone else, changing nothing', async () => {
    const kept = await endedBilanWithContent('2026-11-20T10:00:00Z');
    const open = await insertBilan(deps, org, beneficiary);
    const me = beneficiary.actor;
    const sign = (bilanId: string, expiresOn: string, actor = me) =>
      signRetentionAgreement(deps, actor, bilanId, {
        purpose: 'suivi',
        items: ['portfolio'],
        expiresOn,
        signedName: `${me.firstName} ${me.lastName}`,
        consent: true,
      }).then(
        () => null,
        (e: unknown) => e as AppError,
      );
    const before = await tableCounts();
    const beyond = await sign(kept.bilanId, '2029-11-21');
    expect(beyond).toMatchObject({ code: 'retention_expiry_invalid', status: 422 });
    expect(beyond!.message).toContain('ne peuvent pas l’être plus de 3');
    expect(await sign(kept.bilanId, '2026-11-20')).toMatchObject({ status: 422 });
    expect(await sign(open, '2027-01-01')).toMatchObject({ code: 'retention_bilan_not_ended', status: 409 });
    expect(await sign(kept.bilanId, '2027-01-01', org.consultant.actor)).toMatchObject({ status: 403 });
    const stranger = await createUser(deps, org.id, 'beneficiary');
    expect(await sign(kept.bilanId, '2027-01-01', stranger.actor)).toMatchObject({ status: 404 });
    const after = await tableCounts();
    delete after.users;
    delete before.users;
    expect(after).toEqual(before);
  });

  it('erases a bilan’s content at once (GDPR), open or not, keeping its administrative records', async () => {
    const open = await insertBilan(deps, org, beneficiary);
    const m = marker();
    const seeded = await seedBilanContent(deps, org, beneficiary, open, m);
    const { lines } = await destroyBilanContentNow(deps, {
      bilanId: open,
      organisationId: org.id,
      actor: org.admin.actor,
    });
    expect(lines.length).toBe(16);
    expect(await rowsWith(m)).toEqual({});
    expect(
      await deps.db.selectFrom('syntheses').select('id').where('id', '=', seeded.syntheseId).execute(),
    ).toHaveLength(1);
    const certificate = await deps.db
      .selectFrom('destruction_certificates')
      .selectAll()
      .where('bilan_id', '=', open)
      .executeTakeFirstOrThrow();
    expect(certificate.reason).toBe('effacement');

    // The certificate as a PDF, for the organisation's admin: categories and counts, no content.
    const file = await exportDestructionCertificate(deps, org.admin.actor, open);
    expect(file.bytes.subarray(0, 4).toString()).toBe('%PDF');
    if (!PDFTOTEXT_MISSING) {
      const text = pdfText(file.bytes).replace(/\s+/g, ' ');
      expect(text).toContain('Certificat de destruction des documents du bilan');
      expect(text).toContain('Effacement demandé');
      expect(text).toContain('Questionnaires, fiches et leurs réponses');
      expect(text).not.toContain(m);
    }
    const stranger = await createUser(deps, org.id, 'beneficiary');
    expect(await exportDestructionCertificate(deps, stranger.actor, open).catch((e: unknown) => e)).toMatchObject({
      status: 404,
    });
  });
});
