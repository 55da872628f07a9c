/**
 * An admin hands a bilan to another active consultant of the organisation (decision 034): audited
 * in the same transaction, the planned séances follow, the new consultant reaches the dossier and
 * the former one gets a 404; another organisation, an inactive consultant or a non-admin are refused.
 */
import { beforeEach, expect, it } from 'vitest';
import { testDeps, type TestDeps } from '../../../tests/support/deps.ts';
import {
  createOrganisation,
  createUser,
  insertBilan,
  type TestOrganisation,
  type TestUser,
} from '../../../tests/support/factories.ts';
import { Caches } from '../../platform/cache/caches.ts';
import { getBilan } from './get-bilan.ts';
import { getConsultantHome } from './get-consultant-home.ts';
import { reassignBilan } from './reassign-bilan.ts';

let deps: TestDeps;
let org: TestOrganisation;
let colleague: TestUser;
let bilanId: string;

beforeEach(async () => {
  deps = testDeps('2026-11-23T09:00:00Z');
  org = await createOrganisation(deps);
  colleague = await createUser(deps, org.id, 'consultant', 'collegue');
  bilanId = await insertBilan(deps, org, await createUser(deps, org.id, 'beneficiary', 'confie'));
});

const auditOf = () =>
  deps.db
    .selectFrom('audit_events')
    .select(['action', 'subject_id', 'details', 'actor_user_id'])
    .where('organisation_id', '=', org.id)
    .where('action', '=', 'bilan.reassigned')
    .execute();

it('moves the bilan and its planned séances, audited with both consultants; the former consultant loses it', async () => {
  for (const status of ['planned', 'held'] as const) {
    await deps.db
      .insertInto('seances')
      .values({
        organisation_id: org.id,
        bilan_id: bilanId,
        consultant_id: org.consultant.id,
        phase: 'preliminaire',
        mode: 'remote',
        link: 'https://visio.exemple.fr/a',
        starts_at: new Date(status === 'planned' ? '2026-11-30T09:00:00Z' : '2026-11-20T09:00:00Z'),
        ends_at: new Date(status === 'planned' ? '2026-11-30T11:00:00Z' : '2026-11-20T11:00:00Z'),
        status,
      })
      .execute();
  }
  expect((await getBilan(deps, org.consultant.actor, bilanId)).id).toBe(bilanId);

  expect(await reassignBilan(deps, org.admin.actor, bilanId, { consultantId: colleague.id })).toEqual({
    consultantId: colleague.id,
  });

  expect((await getBilan(deps, colleague.actor, bilanId)).id).toBe(bilanId);
  await expect(getBilan(deps, org.consultant.actor, bilanId)).rejects.toMatchObject({ code: 'not_found' });
  const seances = await deps.db
    .selectFrom('seances')
    .select(['status', 'consultant_id'])
    .where('bilan_id', '=', bilanId)
    .execute();
  expect(seances.map((s) => [s.status, s.consultant_id]).sort()).toEqual(
    [
      ['held', org.consultant.id],
      ['planned', colleague.id],
    ].sort(),
  );
  expect(await auditOf()).toEqual([
    {
      action: 'bilan.reassigned',
      subject_id: bilanId,
      details: { fromConsultantId: org.consultant.id, toConsultantId: colleague.id },
      actor_user_id: org.admin.id,
    },
  ]);
});

it('drops the cached homes of the organisation at once', async () => {
  const caches = new Caches();
  caches.setEnabled(true);
  const cached = { ...deps, caches };
  expect((await getConsultantHome(cached, org.consultant.actor)).open.map((b) => b.id)).toEqual([bilanId]);
  expect((await getConsultantHome(cached, colleague.actor)).open).toEqual([]);
  await reassignBilan(cached, org.admin.actor, bilanId, { consultantId: colleague.id });
  expect((await getConsultantHome(cached, org.consultant.actor)).open).toEqual([]);
  expect((await getConsultantHome(cached, colleague.actor)).open.map((b) => b.id)).toEqual([bilanId]);
});

it('refuses another organisation’s bilan or consultant, an inactive consultant, the same one, and anyone but an admin', async () => {
  const other = await createOrganisation(deps);
  await expect(
    reassignBilan(deps, other.admin.actor, bilanId, { consultantId: other.consultant.id }),
  ).rejects.toMatchObject({
    code: 'not_found',
  });
  await expect(
    reassignBilan(deps, org.admin.actor, bilanId, { consultantId: other.consultant.id }),
  ).rejects.toMatchObject({
    code: 'consultant_unavailable',
  });
  await deps.db.updateTable('users').set({ status: 'disabled' }).where('id', '=', colleague.id).execute();
  await expect(reassignBilan(deps, org.admin.actor, bilanId, { consultantId: colleague.id })).rejects.toMatchObject({
    code: 'consultant_unavailable',
  });
  await expect(reassignBilan(deps, org.admin.actor, bilanId, { consultantId: org.admin.id })).rejects.toMatchObject({
    code: 'consultant_unavailable',
  });
  await expect(
    reassignBilan(deps, org.admin.actor, bilanId, { consultantId: org.consultant.id }),
  ).rejects.toMatchObject({
    code: 'already_assigned',
  });
  await expect(
    reassignBilan(deps, org.consultant.actor, bilanId, { consultantId: org.consultant.id }),
  ).rejects.toMatchObject({
    code: 'forbidden',
  });
  expect(await auditOf()).toEqual([]);
});

it('serialises 40 concurrent reassignments: every success is audited, and the last one holds', async () => {
  const third = await createUser(deps, org.id, 'consultant', 'troisieme');
  const targets = Array.from({ length: 40 }, (_, i) => (i % 2 === 0 ? colleague.id : third.id));
  const outcomes = await Promise.allSettled(
    targets.map((consultantId) => reassignBilan(deps, org.admin.actor, bilanId, { consultantId })),
  );
  const refused = outcomes.filter((o) => o.status === 'rejected');
  // A request for the consultant who already holds it is refused, never half-done.
  for (const o of refused) expect((o as PromiseRejectedResult).reason).toMatchObject({ code: 'already_assigned' });
  const audit = await auditOf();
  expect(audit).toHaveLength(outcomes.length - refused.length);
  // The audit's chain is unbroken: each change starts from the consultant the previous one left.
  const chain = audit.map((e) => e.details as { fromConsultantId: string; toConsultantId: string });
  const { consultant_id } = await deps.db
    .selectFrom('bilans')
    .select('consultant_id')
    .where('id', '=', bilanId)
    .executeTakeFirstOrThrow();
  const ends = new Set(chain.map((c) => c.toConsultantId));
  expect(ends.has(consultant_id)).toBe(true);
  const froms = chain.map((c) => c.fromConsultantId).sort();
  const tos = [org.consultant.id, ...chain.map((c) => c.toConsultantId)].sort();
  tos.splice(tos.indexOf(consultant_id), 1);
  expect(froms).toEqual(tos);
});
