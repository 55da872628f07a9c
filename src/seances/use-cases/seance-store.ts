/**
 * Shared by the séance use cases: load the bilan within reach (locked), read its séances as the
 * domain sees them, recompute the bilan's stored counters, and send the e-mails with their
 * calendar invitation.
 */
import { sql } from 'kysely';
import { toParisLocal } from '../../platform/clock.ts';
import { renderIcs } from '../../platform/calendar/ics.ts';
import type { EmailMessage } from '../../email/domain/message.ts';
import type { SeanceEmailFacts } from '../domain/emails.ts';
import type { LocalDateTime } from '../../shared/calendar/local-date-time.ts';
import { hoursCounters } from '../domain/counters.ts';
import type { Seance } from '../domain/seance.ts';
import type { Actor, Deps } from '../../platform/deps.ts';
import { notFound } from '../../platform/authorize.ts';
import { lockBilan, type ReachedBilan } from '../../bilans/data/bilan-access.ts';
import type { Trx } from '../../platform/db/kysely.ts';

export type BilanForSeances = ReachedBilan;

/** The séance and its bilan (locked), if the actor may act on it. */
export async function lockSeance(
  trx: Trx,
  actor: Actor,
  seanceId: string,
  as: 'consultant' | 'beneficiary' | 'either',
) {
  const row = await trx
    .selectFrom('seances')
    .select('bilan_id')
    .where('id', '=', seanceId)
    .where('organisation_id', '=', actor.organisationId)
    .executeTakeFirst();
  if (!row) notFound();
  const bilan = await lockBilan(trx, actor, row.bilan_id, as);
  const seance = await trx
    .selectFrom('seances')
    .selectAll()
    .where('id', '=', seanceId)
    .forUpdate()
    .executeTakeFirstOrThrow();
  return { bilan, seance };
}

type SeanceRow = Awaited<ReturnType<typeof loadSeanceRows>>[number];

export function loadSeanceRows(trx: Trx, filter: { bilanId?: string; consultantId?: string; from?: Date; to?: Date }) {
  let query = trx.selectFrom('seances').selectAll().orderBy('starts_at');
  if (filter.bilanId) query = query.where('bilan_id', '=', filter.bilanId);
  if (filter.consultantId) query = query.where('consultant_id', '=', filter.consultantId);
  if (filter.from) query = query.where('ends_at', '>', filter.from);
  if (filter.to) query = query.where('starts_at', '<', filter.to);
  return query.execute();
}

export function toDomainSeance(row: SeanceRow): Seance {
  const attended =
    row.status === 'held' && row.actual_start_at && row.actual_end_at
      ? Math.round((row.actual_end_at.getTime() - row.actual_start_at.getTime()) / 60_000)
      : undefined;
  return {
    id: row.id,
    consultantId: row.consultant_id,
    phase: row.phase,
    mode: row.mode,
    start: toParisLocal(row.starts_at) as LocalDateTime,
    end: toParisLocal(row.ends_at) as LocalDateTime,
    status: row.status,
    signedByBeneficiary: row.signed_by_beneficiary_at !== null,
    signedByConsultant: row.signed_by_consultant_at !== null,
    attendedMinutes: attended,
  };
}

/** Recomputes the bilan's stored counters from its séances with the domain rule. */
export async function recomputeCounters(trx: Trx, bilanId: string): Promise<void> {
  const rows = await loadSeanceRows(trx, { bilanId });
  const counters = hoursCounters(rows.map(toDomainSeance));
  const lastHeld = rows
    .filter((r) => r.status === 'held' && r.mode !== 'personal_work')
    .map((r) => r.actual_end_at ?? r.ends_at)
    .reduce<Date | null>((latest, d) => (!latest || d > latest ? d : latest), null);
  await trx
    .updateTable('bilans')
    .set({
      accompaniment_done_minutes: counters.accompanimentDoneMinutes,
      personal_work_done_minutes: counters.personalWorkDoneMinutes,
      no_show_count: counters.noShowCount,
      last_held_seance_at: lastHeld,
    })
    .where('id', '=', bilanId)
    .execute();
}

/** Serialises planning for one consultant across their bilans (overlap checks). */
export async function lockConsultantAgenda(trx: Trx, consultantId: string): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(hashtext(${`seances:${consultantId}`}))`.execute(trx);
}

/** Sends a séance e-mail with its calendar invitation to the beneficiary. */
export async function emailSeance(
  trx: Trx,
  deps: Deps,
  input: {
    seance: {
      id: string;
      starts_at: Date;
      ends_at: Date;
      mode: SeanceRow['mode'];
      place: string | null;
      link: string | null;
      calendar_sequence: number;
    };
    bilan: BilanForSeances;
    method: 'REQUEST' | 'CANCEL';
    kind: string;
  },
  compose: (facts: SeanceEmailFacts) => EmailMessage,
  now: Date,
): Promise<void> {
  const people = await trx
    .selectFrom('users as b')
    .innerJoin('users as c', (join) => join.on('c.id', '=', input.bilan.consultant_id))
    .innerJoin('organisations as o', 'o.id', 'b.organisation_id')
    .select([
      'b.email',
      'b.first_name',
      'b.last_name',
      'c.email as c_email',
      'c.first_name as c_first',
      'c.last_name as c_last',
      'o.name as organisation_name',
    ])
    .where('b.id', '=', input.bilan.beneficiary_id)
    .executeTakeFirstOrThrow();
  const consultantName = `${people.c_first} ${people.c_last}`;
  const facts: SeanceEmailFacts = {
    beneficiaryFirstName: people.first_name,
    consultantName,
    organisationName: people.organisation_name,
    startsAt: input.seance.starts_at,
    endsAt: input.seance.ends_at,
    mode: input.seance.mode,
    place: input.seance.place,
    link: input.seance.link,
    url: `${deps.publicUrl}/mon-bilan`,
  };
  const message = compose(facts);
  const ics = renderIcs({
    uid: `seance-${input.seance.id}@sillage`,
    sequence: input.seance.calendar_sequence,
    method: input.method,
    startsAt: input.seance.starts_at,
    endsAt: input.seance.ends_at,
    title: `Bilan de compétences — séance avec ${consultantName}`,
    description:
      input.seance.mode === 'remote' ? `Visioconférence : ${input.seance.link ?? ''}` : `${people.organisation_name}`,
    location:
      input.seance.mode === 'in_person'
        ? input.seance.place
        : input.seance.mode === 'remote'
          ? input.seance.link
          : null,
    organizer: { name: consultantName, email: people.c_email },
    attendee: { name: `${people.first_name} ${people.last_name}`, email: people.email },
    stamp: now,
  });
  await deps.outbox.enqueue(
    trx,
    {
      organisationId: input.bilan.organisation_id,
      kind: input.kind,
      to: people.email,
      message: {
        ...message,
        attachments: [
          { filename: 'seance.ics', contentType: `text/calendar; charset=utf-8; method=${input.method}`, content: ics },
        ],
      },
    },
    now,
  );
}
