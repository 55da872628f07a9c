/**
 * A visitor sends the contact form of an organisation's public page: the request becomes a lead
 * (status « nouvelle ») with its origin (declared source, referrer, utm_* parameters), the person
 * receives an acknowledgement and the organisation's admins a notice, all in one transaction.
 *
 * Robots: a filled honeypot is answered like a success and nothing is stored; each IP address may
 * send a few requests per hour (counted in login_throttle under `contact:<ip>`).
 */
import type { Kysely } from 'kysely';
import { afterFailure, blockedMinutesLeft, type ThrottleState } from '../../accounts/domain/policies.ts';
import { contactAcknowledgementEmail, newLeadEmail } from '../domain/emails.ts';
import { CONTACT_IP_THROTTLE } from '../domain/contact-throttle.ts';
import type { ContactRequest } from '../contracts/schemas.ts';
import { AppError } from '../../shared/errors.ts';
import type { Deps, Origin } from '../../platform/deps.ts';
import { publishedOrganisation } from './public-page.ts';
import type { Database } from '../../platform/db/database.ts';

async function countRequest(trx: Kysely<Database>, ip: string | null, now: Date): Promise<void> {
  const key = `contact:${ip ?? 'inconnue'}`;
  const row = await trx.selectFrom('login_throttle').selectAll().where('key', '=', key).forUpdate().executeTakeFirst();
  const state: ThrottleState | undefined = row && {
    failures: row.failures,
    windowStartedAt: row.window_started_at,
    blockedUntil: row.blocked_until,
  };
  if (blockedMinutesLeft(state, now) > 0) throw new AppError('contact_throttled');
  const next = afterFailure(state, CONTACT_IP_THROTTLE, now);
  await trx
    .insertInto('login_throttle')
    .values({ key, failures: next.failures, window_started_at: next.windowStartedAt, blocked_until: next.blockedUntil })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({
        failures: next.failures,
        window_started_at: next.windowStartedAt,
        blocked_until: next.blockedUntil,
      }),
    )
    .execute();
}

function cleanUtm(utm: ContactRequest['utm']): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(utm ?? {})) if (value) out[key] = value;
  return out;
}

export async function submitContactRequest(
  deps: Deps,
  origin: Origin,
  slug: string,
  input: ContactRequest,
): Promise<void> {
  const now = deps.clock.now();
  const org = await publishedOrganisation(deps.db, slug);
  if (input.website) {
    deps.log.info({ slug, ip: origin.ip }, 'Formulaire de contact : piège à robots rempli, demande ignorée');
    return;
  }
  // The rate limit is counted in its own transaction, so a refused request still counts.
  await deps.db.transaction().execute((trx) => countRequest(trx, origin.ip, now));
  await deps.db.transaction().execute(async (trx) => {
    if (input.offerId) {
      const offer = await trx
        .selectFrom('offers')
        .select('id')
        .where('id', '=', input.offerId)
        .where('organisation_id', '=', org.id)
        .where('active', '=', true)
        .executeTakeFirst();
      if (!offer) throw new AppError('validation_failed', { fields: { offerId: 'Choisissez une offre de la liste.' } });
    }
    const lead = await trx
      .insertInto('leads')
      .values({
        organisation_id: org.id,
        first_name: input.firstName,
        last_name: input.lastName,
        email: input.email,
        phone: input.phone,
        message: input.message,
        preferred_modality: input.preferredModality,
        offer_id: input.offerId,
        declared_source: input.declaredSource,
        source_detail: input.sourceDetail,
        referrer: input.referrer || null,
        utm: JSON.stringify(cleanUtm(input.utm)),
        contact_consent_at: now,
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('lead_status_changes')
      .values({ lead_id: lead.id, from_status: null, to_status: 'new', changed_by: null, changed_at: now })
      .execute();
    await deps.audit.record(
      trx,
      { organisationId: org.id, userId: null, role: null, ip: origin.ip, userAgent: origin.userAgent },
      {
        action: 'lead.received',
        subjectType: 'lead',
        subjectId: lead.id,
        details: { source: input.declaredSource },
      },
      now,
    );
    await deps.outbox.enqueue(
      trx,
      {
        organisationId: org.id,
        kind: 'lead_acknowledgement',
        to: input.email,
        message: contactAcknowledgementEmail({
          firstName: input.firstName,
          organisationName: org.name,
          firstAnswerDays: org.commitment_first_answer_days,
        }),
      },
      now,
    );
    const admins = await trx
      .selectFrom('users')
      .select(['email', 'first_name'])
      .where('organisation_id', '=', org.id)
      .where('role', '=', 'admin')
      .where('status', '=', 'active')
      .execute();
    for (const admin of admins) {
      await deps.outbox.enqueue(
        trx,
        {
          organisationId: org.id,
          kind: 'lead_received',
          to: admin.email,
          message: newLeadEmail({
            firstName: admin.first_name,
            organisationName: org.name,
            leadName: `${input.firstName} ${input.lastName}`,
            url: `${deps.publicUrl}/demandes/${lead.id}`,
          }),
        },
        now,
      );
    }
  });
  deps.emailsQueued();
}
