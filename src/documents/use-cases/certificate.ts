/**
 * The certificat de réalisation, produced in the transaction that closes or abandons a bilan
 * (dates, signed hours, completion rate, abandonment reason; never content), and the facts the
 * funder's view shares with it.
 */
import type { Kysely } from 'kysely';
import { parisDate, toParisLocal } from '../../platform/clock.ts';
import { buildCertificate, type AttendanceLine, type CompletionFacts } from '../domain/builders.ts';
import { parsePlainDate, type PlainDate } from '../../shared/calendar/plain-date.ts';
import { completionRateBasisPoints } from '../../seances/domain/counters.ts';
import { bilanFacts, documentReference, nextVersion, storeDocument } from './document-store.ts';
import type { Database } from '../../platform/db/database.ts';
import type { AuditContext, Deps } from '../../platform/deps.ts';

type Trx = Kysely<Database>;

const signedAt = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'short', timeStyle: 'short', timeZone: 'Europe/Paris' });

/** Dates, hours and signed attendance of a bilan: administrative facts only. */
export async function completionFacts(trx: Trx, bilanId: string) {
  const facts = await bilanFacts(trx, bilanId);
  const held = await trx
    .selectFrom('seances as s')
    .leftJoin('attendance_signatures as ab', (j) =>
      j.onRef('ab.seance_id', '=', 's.id').on('ab.signer_role', '=', 'beneficiary'),
    )
    .leftJoin('attendance_signatures as ac', (j) =>
      j.onRef('ac.seance_id', '=', 's.id').on('ac.signer_role', '=', 'consultant'),
    )
    .select([
      's.starts_at',
      's.ends_at',
      's.actual_start_at',
      's.actual_end_at',
      'ab.signed_at as b_signed',
      'ac.signed_at as c_signed',
    ])
    .where('s.bilan_id', '=', bilanId)
    .where('s.status', '=', 'held')
    .where('s.mode', '<>', 'personal_work')
    .orderBy('s.starts_at')
    .execute();
  const attendance: AttendanceLine[] = held.map((s) => {
    const start = toParisLocal(s.actual_start_at ?? s.starts_at);
    const end = toParisLocal(s.actual_end_at ?? s.ends_at);
    return {
      date: parsePlainDate(start.slice(0, 10)),
      start: start.slice(11, 16),
      end: end.slice(11, 16),
      beneficiarySignedAt: s.b_signed ? signedAt.format(s.b_signed) : null,
      consultantSignedAt: s.c_signed ? signedAt.format(s.c_signed) : null,
    };
  });
  const first = held[0];
  return {
    facts,
    attendance,
    startedOn: first ? parsePlainDate(parisDate(first.actual_start_at ?? first.starts_at)) : null,
    completionBasisPoints: completionRateBasisPoints(
      facts.row.accompaniment_done_minutes,
      facts.row.planned_accompaniment_minutes,
    ),
  };
}

export async function issueCertificate(
  deps: Deps,
  trx: Trx,
  context: AuditContext,
  bilanId: string,
  outcome: 'completed' | 'abandoned',
  now: Date,
): Promise<string> {
  const { facts, startedOn, completionBasisPoints } = await completionFacts(trx, bilanId);
  const today = parisDate(now);
  const version = await nextVersion(trx, bilanId, 'certificat_realisation');
  const completion: CompletionFacts = {
    startedOn,
    endedOn: parsePlainDate(today) as PlainDate,
    outcome,
    abandonReason: outcome === 'abandoned' ? facts.row.abandon_reason : null,
    accompanimentDoneMinutes: facts.row.accompaniment_done_minutes,
    plannedAccompanimentMinutes: facts.row.planned_accompaniment_minutes,
    personalWorkDoneMinutes: facts.row.personal_work_done_minutes,
    completionBasisPoints,
  };
  const document = buildCertificate(
    {
      organisation: facts.organisation,
      issuedOn: parsePlainDate(today),
      reference: documentReference('certificat_realisation', bilanId, version, today),
      beneficiary: facts.beneficiary,
      financingLabel: facts.financingLabel,
    },
    completion,
  );
  const stored = await storeDocument(
    deps,
    trx,
    {
      organisationId: facts.row.organisation_id,
      bilanId,
      kind: 'certificat_realisation',
      version,
      document,
      createdBy: context.userId,
    },
    now,
  );
  await deps.audit.record(
    trx,
    context,
    {
      action: 'document.generated',
      subjectType: 'document',
      subjectId: stored.id,
      bilanId,
      details: { kind: 'certificat_realisation', version, sha256: stored.sha256 },
    },
    now,
  );
  return stored.id;
}
