/**
 * Qualiopi evidence and registers against a real database (decision 050): the counts of the
 * evidence page on a few hand-seeded bilans (worked out by hand below) and no content in them;
 * the registers' saves, stale revisions and links; the publication of results and the public page;
 * bad input at the HTTP edge (NUL, lone surrogates, impossible dates, 200,000 characters) refused in
 * French with the tables unchanged; the public complaint form against hostile visitors.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { depsFor, testDeps, type TestDeps } from '../../../tests/support/deps.ts';
import {
  createOrganisation,
  createUser,
  insertBilan,
  type TestOrganisation,
  type TestUser,
} from '../../../tests/support/factories.ts';
import { call, loginAs, testApp } from '../../../tests/support/http.ts';
import { snapshotTables } from '../../../tests/support/table-snapshot.ts';
import { ComplaintSchema, ImprovementActionSchema, type ComplaintInput } from '../contracts/schemas.ts';
import { getPublicResults } from './get-public-results.ts';
import { destroyBilanContentNow } from '../../lifecycle/use-cases/destroy-bilan-content-now.ts';
import { getQualiopiEvidence } from './get-qualiopi-evidence.ts';
import { getQualityRegisters } from './get-quality-registers.ts';
import { publishResults } from './publish-results.ts';
import { saveComplaint } from './save-complaint.ts';
import { saveImprovementAction } from './save-improvement-action.ts';
import { refusal } from '../../../tests/support/refusal.ts';

// Monday 23 November 2026: the default period runs from 24 November 2025 to today.
let deps: TestDeps;
let org: TestOrganisation;

const SECRET = 'CONTENU-CONFIDENTIEL';
const day = (d: string, time = '10:00') => new Date(`${d}T${time}:00+01:00`);

async function publish(slug: string) {
  await deps.db
    .updateTable('organisations')
    .set({ slug, public_page_enabled: true })
    .where('id', '=', org.id)
    .execute();
}

/** A bilan with the préliminaire record, phase change, consent, charter… asked for. */
async function seedBilan(
  beneficiary: TestUser,
  b: {
    created: string;
    phase: 'preliminaire' | 'investigation' | 'cloture' | 'abandonne';
    endedOn?: string;
    past?: boolean;
    record?: { needAnalysis?: boolean; format?: boolean; modalities?: boolean };
    consent?: boolean;
    charter?: boolean;
    cpfOrder?: boolean;
    synthesisDelivered?: string;
    abandonReason?: string;
  },
): Promise<string> {
  const id = await insertBilan(deps, org, beneficiary, {
    created_at: day(b.created),
    phase: b.phase,
    phase_changed_at: day(b.endedOn ?? b.created),
    abandon_reason: b.abandonReason ?? null,
  });
  if (b.past)
    await deps.db
      .insertInto('bilan_phase_changes')
      .values({
        bilan_id: id,
        organisation_id: org.id,
        from_phase: 'preliminaire',
        to_phase: 'investigation',
        changed_at: day(b.created, '18:00'),
        changed_by: org.consultant.id,
      })
      .execute();
  if (b.record)
    await deps.db
      .insertInto('bilan_phase_records')
      .values({
        bilan_id: id,
        organisation_id: org.id,
        need_analysis: b.record.needAnalysis ? `${SECRET} besoin` : null,
        format: b.record.format ? `${SECRET} format` : null,
        modalities: b.record.modalities ? `${SECRET} modalités` : null,
      })
      .execute();
  if (b.consent)
    await deps.db
      .insertInto('bilan_consents')
      .values({
        bilan_id: id,
        organisation_id: org.id,
        beneficiary_id: beneficiary.id,
        decision: 'given',
        decided_at: day(b.created),
        notice_version: 'v1',
      })
      .execute();
  if (b.charter)
    await deps.db
      .insertInto('charter_signatures')
      .values({
        bilan_id: id,
        organisation_id: org.id,
        charter_version: 'v1',
        signed_at: day(b.created),
        signed_name: 'Bruno Lefèvre',
        signer_role: 'beneficiary',
        signer_user_id: beneficiary.id,
        text_sha256: 'a'.repeat(64),
      })
      .execute();
  if (b.cpfOrder)
    await deps.db
      .insertInto('bilan_financings')
      .values({ bilan_id: id, organisation_id: org.id, status: 'validated', cpf_order_reference: 'CPF-123' })
      .execute();
  if (b.synthesisDelivered)
    await deps.db
      .insertInto('syntheses')
      .values({
        bilan_id: id,
        organisation_id: org.id,
        created_at: day(b.created),
        delivery_channel: 'email',
        delivered_on: b.synthesisDelivered,
        delivery_recorded_by: org.consultant.id,
        delivery_recorded_at: day(b.synthesisDelivered),
      })
      .execute();
  return id;
}

async function seance(
  bilanId: string,
  on: string,
  s: { status: 'planned' | 'held' | 'no_show'; signed?: 'both' | 'beneficiary'; reminded?: boolean },
) {
  await deps.db
    .insertInto('seances')
    .values({
      bilan_id: bilanId,
      organisation_id: org.id,
      consultant_id: org.consultant.id,
      phase: 'investigation',
      mode: 'in_person',
      starts_at: day(on, '09:00'),
      ends_at: day(on, '11:00'),
      status: s.status,
      ...(s.status === 'held'
        ? { attended_minutes: 120, actual_start_at: day(on, '09:00'), actual_end_at: day(on, '11:00') }
        : {}),
      signed_by_beneficiary_at: s.signed ? day(on, '11:00') : null,
      signed_by_consultant_at: s.signed === 'both' ? day(on, '11:00') : null,
      reminder_sent_at: s.reminded ? day(on, '08:00') : null,
    })
    .execute();
}

/**
 * The hot évaluation of a bilan closed on 15 June 2026, answered the next day at 80 % with a
 * comment; `token` makes its token hash unique.
 */
async function answeredHotEvaluation(bilanId: string, token: number) {
  await deps.db
    .insertInto('evaluations')
    .values({
      bilan_id: bilanId,
      organisation_id: org.id,
      kind: 'chaud',
      questionnaire_id: 'evaluation-a-chaud',
      questionnaire_version: 1,
      sent_at: day('2026-06-15'),
      expires_on: '2026-07-15',
      token_hash: Buffer.alloc(32, token),
      answered_at: day('2026-06-16'),
      score_basis_points: 8000,
      answers: JSON.stringify({ commentaire: `${SECRET} commentaire` }),
    })
    .execute();
}

beforeEach(async () => {
  deps = testDeps();
  org = await createOrganisation(deps);
});

const complaint = (input: Partial<ComplaintInput> = {}) =>
  ComplaintSchema.parse({
    receivedOn: '2026-11-02',
    channel: 'telephone',
    complainantRole: 'employeur',
    description: `${SECRET} : convention reçue en retard`,
    ...input,
  });

describe('the evidence page', () => {
  it('counts the records of the bilans of the period, hand-worked, with no content in it', async () => {
    const ben = (n: string) => createUser(deps, org.id, 'beneficiary', n);
    // 1. Closed in June 2026: everything held, a CPF order, the synthèse delivered, two séances signed.
    const closed = await seedBilan(await ben('clos'), {
      created: '2026-03-02',
      phase: 'cloture',
      endedOn: '2026-06-15',
      past: true,
      record: { needAnalysis: true, format: true, modalities: true },
      consent: true,
      charter: true,
      cpfOrder: true,
      synthesisDelivered: '2026-06-12',
    });
    await seance(closed, '2026-04-07', { status: 'held', signed: 'both', reminded: true });
    await seance(closed, '2026-04-14', { status: 'held', signed: 'both' });
    await answeredHotEvaluation(closed, 1);
    // 2. Abandoned in May 2026 after the préliminaire: only the need analysis; one séance signed by
    //    the beneficiary alone, one missed.
    const abandoned = await seedBilan(await ben('abandon'), {
      created: '2026-04-01',
      phase: 'abandonne',
      endedOn: '2026-05-10',
      past: true,
      record: { needAnalysis: true },
      abandonReason: `${SECRET} motif`,
    });
    await seance(abandoned, '2026-04-20', { status: 'held', signed: 'beneficiary' });
    await seance(abandoned, '2026-04-27', { status: 'no_show' });
    // 3. Open, still in the préliminaire: counted in the period, not among those past it.
    const open = await seedBilan(await ben('ouvert'), {
      created: '2026-10-01',
      phase: 'preliminaire',
      record: { needAnalysis: true },
    });
    await seance(open, '2026-11-30', { status: 'planned', reminded: true });
    // 4. Closed in January 2025, before the period: not counted.
    await seedBilan(await ben('ancien'), {
      created: '2024-10-01',
      phase: 'cloture',
      endedOn: '2025-01-10',
      past: true,
    });
    // Another organisation's bilan: never counted.
    const other = await createOrganisation(deps);
    await insertBilan(deps, other, await createUser(deps, other.id, 'beneficiary'), { created_at: day('2026-05-01') });
    // The registers: one complaint acknowledged and resolved, linked to an action overdue; one just received.
    const { action } = await saveImprovementAction(
      deps,
      org.admin.actor,
      ImprovementActionSchema.parse({
        source: 'reclamation',
        action: 'Envoyer la convention sous 48 h',
        dueOn: '2026-11-20',
        status: 'en_cours',
      }),
    );
    await saveComplaint(
      deps,
      org.admin.actor,
      complaint({
        acknowledgedOn: '2026-11-03',
        answer: 'Convention renvoyée.',
        resolvedOn: '2026-11-05',
        status: 'resolue',
        improvementActionId: action.id,
      }),
    );
    await saveComplaint(
      deps,
      org.admin.actor,
      complaint({ receivedOn: '2026-11-20', complainantRole: 'beneficiaire' }),
    );

    const view = await getQualiopiEvidence(deps, org.admin.actor, {});
    expect([view.from, view.to]).toEqual(['2025-11-24', '2026-11-23']);
    const of = (n: number) => view.indicators.find((i) => i.indicator === n)!;
    const values = (n: number) => of(n).evidence.map((e) => e.value);
    expect(values(4)).toEqual(['3', '2', '2 sur 2']);
    expect(of(4).status).toBe('tenu');
    expect(values(5)).toEqual(['1 sur 2']);
    expect(of(5).gaps).toEqual(['1 bilan passé en investigation sans format ni objectifs déterminés.']);
    expect(values(9)).toEqual(['1 sur 2', '1 sur 2']);
    expect(values(10)).toEqual(['1 sur 2', '3', '2 sur 3']);
    expect(of(10).gaps).toEqual([
      '1 bilan passé en investigation sans contrat, convention signés ni commande CPF.',
      '1 séance réalisée sans le double émargement.',
    ]);
    expect(values(11)).toEqual(['1', '1 sur 1']);
    expect(of(11).status).toBe('tenu');
    // Abandons 1, with reason 1 of 1, missed 1, reminders 2 (the planned séance of 30 November is after the period).
    expect(values(12)).toEqual(['1', '1 sur 1', '1', '1']);
    expect(values(30)).toEqual(['1', '100 % (1 sur 1)', '0', 'pas encore de données', '0']);
    expect(values(31)).toEqual(['2', '1', '1', '1']);
    expect(of(31).gaps).toEqual([
      '1 réclamation sans accusé de réception.',
      'La page publique, qui porte le formulaire de réclamation, n’est pas en ligne : bénéficiaires, employeurs et financeurs ne peuvent pas l’atteindre.',
    ]);
    expect(values(32)).toEqual(['1', '1', '0', '1', '0']);
    expect(of(32).gaps).toEqual(['1 action d’amélioration en retard sur son échéance.']);
    expect(of(2).gaps[0]).toBe('Aucun résultat n’est publié sur la page publique : publiez-les depuis cette page.');
    // Counts and dates only: nothing of the bilans, the complaints or the people.
    const text = JSON.stringify(view);
    expect(text).not.toContain(SECRET);
    expect(text).not.toContain('Bruno');
    expect(text).not.toContain('Convention renvoyée');

    // The destruction at the end empties the closed bilan's need analysis and modalities: its
    // certificate still proves they were written, and indicator 4 does not turn into a gap.
    await destroyBilanContentNow(deps, { bilanId: closed, organisationId: org.id, reason: 'fin_du_bilan' });
    const afterDestruction = await getQualiopiEvidence(deps, org.admin.actor, {});
    expect(afterDestruction.indicators.find((i) => i.indicator === 4)!.evidence.map((e) => e.value)).toEqual(values(4));
    expect(afterDestruction.indicators.find((i) => i.indicator === 4)!.status).toBe('tenu');

    // A period of 2025 only sees the bilan closed in January 2025.
    const past = await getQualiopiEvidence(deps, org.admin.actor, { from: '2025-01-01', to: '2025-03-31' });
    expect(past.indicators.find((i) => i.indicator === 11)!.evidence[0]!.value).toBe('1');
    expect(past.indicators.find((i) => i.indicator === 31)!.evidence[0]!.value).toBe('0');
  });

  it('is the admin’s only', async () => {
    expect((await refusal(getQualiopiEvidence(deps, org.consultant.actor, {}))).code).toBe('forbidden');
    const beneficiary = await createUser(deps, org.id, 'beneficiary');
    expect((await refusal(getQualityRegisters(deps, beneficiary.actor))).code).toBe('forbidden');
  });
});

describe('the registers', () => {
  it('records, links and updates with revisions; another organisation finds nothing', async () => {
    const { action } = await saveImprovementAction(
      deps,
      org.admin.actor,
      ImprovementActionSchema.parse({
        source: 'evaluation',
        action: 'Raccourcir le questionnaire à chaud',
        owner: 'Alice',
      }),
    );
    const { complaint: saved } = await saveComplaint(
      deps,
      org.admin.actor,
      complaint({ improvementActionId: action.id }),
    );
    expect(saved).toMatchObject({ revision: 1, status: 'recue', improvementAction: { id: action.id } });
    // The form's « Aucune »: no link.
    expect(complaint({ improvementActionId: '' }).improvementActionId).toBeNull();
    const { complaint: updated } = await saveComplaint(
      deps,
      org.admin.actor,
      complaint({
        id: saved.id,
        revision: 1,
        acknowledgedOn: '2026-11-03',
        status: 'en_cours',
        improvementActionId: action.id,
      }),
    );
    expect(updated).toMatchObject({ revision: 2, acknowledgedOn: '2026-11-03', status: 'en_cours' });
    const stale = await refusal(saveComplaint(deps, org.admin.actor, complaint({ id: saved.id, revision: 1 })));
    expect(stale.code).toBe('quality_stale');
    const registers = await getQualityRegisters(deps, org.admin.actor);
    expect(registers.actions[0]).toMatchObject({ id: action.id, complaints: 1, overdue: false });

    const other = await createOrganisation(deps);
    expect((await refusal(saveComplaint(deps, other.admin.actor, complaint({ id: saved.id, revision: 2 })))).code).toBe(
      'not_found',
    );
    // Linking another organisation's action is refused as a field error.
    const linked = await refusal(saveComplaint(deps, other.admin.actor, complaint({ improvementActionId: action.id })));
    expect(linked.code).toBe('validation_failed');
    expect((await getQualityRegisters(deps, other.admin.actor)).complaints).toEqual([]);
  });

  it('refuses dates inconsistent with the status', async () => {
    const error = await refusal(
      saveComplaint(deps, org.admin.actor, complaint({ status: 'resolue', acknowledgedOn: '2026-11-01' })),
    );
    expect(error.code).toBe('validation_failed');
    expect(Object.keys(error.fields ?? {})).toEqual(['acknowledgedOn', 'resolvedOn', 'answer']);
    const registers = await getQualityRegisters(deps, org.admin.actor);
    expect(registers.complaints).toEqual([]);
  });
});

describe('the published results', () => {
  it('publishes the figures of after’s indicators with the day, without comments, and warns after twelve months', async () => {
    const ben = await createUser(deps, org.id, 'beneficiary', 'res');
    const closed = await seedBilan(ben, { created: '2026-03-02', phase: 'cloture', endedOn: '2026-06-15' });
    await seedBilan(await createUser(deps, org.id, 'beneficiary', 'ab'), {
      created: '2026-03-02',
      phase: 'abandonne',
      endedOn: '2026-05-15',
      abandonReason: 'Déménagement',
    });
    await answeredHotEvaluation(closed, 2);
    const { results } = await publishResults(deps, org.admin.actor, { from: '2025-11-24', to: '2026-11-23' });
    expect(results).toMatchObject({
      from: '2025-11-24',
      to: '2026-11-23',
      computedOn: '2026-11-23',
      figures: {
        ended: 2,
        completed: 1,
        completionRateBasisPoints: 5000,
        hotSent: 1,
        hotAnswered: 1,
        satisfactionBasisPoints: 8000,
      },
    });
    // Not online: the public page does not exist.
    expect((await refusal(getPublicResults(deps, 'page-absente'))).code).toBe('not_found');
    await publish(`resultats-${org.id.slice(0, 8)}`);
    const shown = await getPublicResults(deps, `resultats-${org.id.slice(0, 8)}`);
    expect(shown.results).toEqual(results);
    expect(JSON.stringify(shown)).not.toContain(SECRET);

    const fresh = await getQualiopiEvidence(deps, org.admin.actor, {});
    expect(fresh.resultsStale).toBe(false);
    expect(fresh.indicators.find((i) => i.indicator === 2)!.status).toBe('tenu');
    const later = depsFor(deps.db, { now: '2027-11-24T09:00:00Z' });
    const stale = await getQualiopiEvidence(later, org.admin.actor, {});
    expect(stale.resultsStale).toBe(true);
    expect(stale.indicators.find((i) => i.indicator === 2)!.gaps).toEqual([
      'Les résultats publiés datent de plus de douze mois : mettez-les à jour.',
    ]);
  });
});

describe('at the HTTP edge', () => {
  const registers = async () => {
    const all = await snapshotTables(deps.db);
    return [all['quality_complaints'], all['quality_improvement_actions'], all['audit_events']];
  };

  it('refuses NUL, lone surrogates, impossible dates and 200,000 characters in French, saving nothing', async () => {
    const app = testApp(deps);
    const cookie = await loginAs(app, org.admin.email);
    const good = { receivedOn: '2026-11-02', channel: 'email', complainantRole: 'financeur', description: 'Facture' };
    const before = await registers();
    const bad: [string, object, string][] = [
      ['/api/admin/qualiopi/reclamations', { ...good, description: 'avant\u0000après' }, 'description'],
      ['/api/admin/qualiopi/reclamations', { ...good, answer: 'moitié \ud83d' }, 'answer'],
      ['/api/admin/qualiopi/reclamations', { ...good, receivedOn: '2026-02-30' }, 'receivedOn'],
      ['/api/admin/qualiopi/reclamations', { ...good, description: 'x'.repeat(200_000) }, 'description'],
      ['/api/admin/qualiopi/reclamations', { ...good, complainantRole: 'pirate' }, 'complainantRole'],
      ['/api/admin/qualiopi/actions', { source: 'audit', action: 'y'.repeat(200_000) }, 'action'],
      ['/api/admin/qualiopi/actions', { source: 'audit', action: 'Agir', dueOn: '2027-13-01' }, 'dueOn'],
      ['/api/admin/qualiopi/actions', { source: 'audit', action: 'Agir', effect: '\ud800' }, 'effect'],
    ];
    for (const [path, body, field] of bad) {
      const response = await call(app, 'POST', path, { cookie, body });
      expect(response.status, `${field}`).toBe(422);
      expect(response.body.error.fields[field], field).toMatch(/[a-zé]/);
    }
    const period = await call(app, 'GET', '/api/admin/qualiopi/preuves?from=2026-02-30&to=2026-03-01', { cookie });
    expect(period.status).toBe(422);
    expect(await registers()).toEqual(before);
    const consultant = await loginAs(app, org.consultant.email);
    expect((await call(app, 'GET', '/api/admin/qualiopi/registres', { cookie: consultant })).status).toBe(403);
  });

  it('takes a complaint from the public page, and resists hostile visitors', async () => {
    const app = testApp(deps);
    const slug = `reclamation-${org.id.slice(0, 8)}`;
    const path = `/api/public/organisations/${slug}/reclamations`;
    const body = {
      complainantRole: 'beneficiaire',
      complainantName: 'Bruno Lefèvre',
      replyEmail: 'Bruno@Exemple.fr',
      description: 'La séance du 3 novembre a été annulée sans prévenir.',
    };
    // Not online yet: 404, nothing stored.
    expect((await call(app, 'POST', path, { body, ip: '203.0.113.1' })).status).toBe(404);
    await publish(slug);
    const before = await registers();
    for (const hostile of [
      { ...body, description: 'avant\u0000après la séance' },
      { ...body, complainantName: 'Bruno \ud83d' },
      { ...body, description: 'z'.repeat(200_000) },
      { ...body, complainantRole: 'admin' },
      { ...body, replyEmail: 'pas-une-adresse' },
      { ...body, description: 'court' },
    ]) {
      const response = await call(app, 'POST', path, { body: hostile, ip: '203.0.113.2' });
      expect(response.status).toBe(422);
      expect(response.body.error.message).toMatch(/corriger/);
    }
    // Another site's page may not post it (same-origin rule of every write).
    const foreign = await call(app, 'POST', path, {
      body,
      ip: '203.0.113.3',
      headers: { origin: 'https://pirate.example', 'sec-fetch-site': 'cross-site' },
    });
    expect(foreign.status).toBe(403);
    // A robot filling the honeypot gets a success and stores nothing.
    expect(
      (await call(app, 'POST', path, { body: { ...body, website: 'http://spam' }, ip: '203.0.113.4' })).status,
    ).toBe(202);
    expect(await registers()).toEqual(before);

    expect((await call(app, 'POST', path, { body, ip: '203.0.113.5' })).status).toBe(202);
    const { complaints } = await getQualityRegisters(deps, org.admin.actor);
    expect(complaints).toMatchObject([
      {
        channel: 'formulaire',
        complainantRole: 'beneficiaire',
        complainantName: 'Bruno Lefèvre',
        complainantContact: 'bruno@exemple.fr',
        status: 'recue',
        receivedOn: '2026-11-23',
        acknowledgedOn: null,
      },
    ]);
    const notice = await deps.db
      .selectFrom('outbox_emails')
      .select(['to_address', 'text_body'])
      .where('kind', '=', 'complaint_received')
      .execute();
    expect(notice.map((n) => n.to_address)).toEqual([org.admin.email]);
    expect(notice[0]!.text_body).not.toContain('annulée');

    // Five per hour from one address, then 429 in French.
    for (let n = 0; n < 4; n++) expect((await call(app, 'POST', path, { body, ip: '203.0.113.5' })).status).toBe(202);
    const throttled = await call(app, 'POST', path, { body, ip: '203.0.113.5' });
    expect(throttled.status).toBe(429);
    expect(throttled.body.error.message).toContain('Réessayez dans une heure');
  });
});
