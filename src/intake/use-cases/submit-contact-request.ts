/**
 * A visitor sends the contact form of an organisation's public page: the request becomes a lead
 * (status « nouvelle ») with its origin (declared source, referrer, utm_* parameters), the person
 * receives an acknowledgement and the organisation's admins a notice, all in one transaction.
 *
 * Robots: a filled honeypot is answered like a success and nothing is stored; each IP address may
 * send a few requests per hour (counted in login_throttle under `contact:<ip>`).
 */
import { afterFailure, blockedMinutesLeft } from '../../accounts/domain/policies.ts';
import { contactAcknowledgementEmail, newLeadEmail } from '../domain/emails.ts';
import { CONTACT_IP_THROTTLE } from '../domain/contact-throttle.ts';
import type { ContactRequest } from '../contracts/schemas.ts';
import { AppError } from '../../shared/errors.ts';
import type { Deps, Origin } from '../../platform/deps.ts';
import type { Trx } from '../../platform/db/kysely.ts';
import { readThrottle, writeThrottle } from '../../accounts/data/login-throttle-repository.ts';
import { listActiveAdmins } from '../../accounts/data/user-repository.ts';
import { isActiveOffer } from '../../organisation/data/offer-repository.ts';
import { publishedOrganisation } from '../data/public-organisation.ts';
import { insertLead } from '../data/lead-repository.ts';

async function countRequest(trx: Trx, ip: string | null, now: Date): Promise<void> {
  const key = `contact:${ip ?? 'inconnue'}`;
  const state = await readThrottle(trx, key, true);
  if (blockedMinutesLeft(state, now) > 0) throw new AppError('contact_throttled');
  await writeThrottle(trx, key, afterFailure(state, CONTACT_IP_THROTTLE, now));
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
      if (!(await isActiveOffer(trx, input.offerId, org.id)))
        throw new AppError('validation_failed', { fields: { offerId: 'Choisissez une offre de la liste.' } });
    }
    const leadId = await insertLead(
      trx,
      {
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
      },
      now,
    );
    await deps.audit.record(
      trx,
      { organisationId: org.id, userId: null, role: null, ip: origin.ip, userAgent: origin.userAgent },
      {
        action: 'lead.received',
        subjectType: 'lead',
        subjectId: leadId,
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
    const admins = await listActiveAdmins(trx, org.id);
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
            url: `${deps.publicUrl}/demandes/${leadId}`,
          }),
        },
        now,
      );
    }
  });
  deps.emailsQueued();
}
