/**
 * The admin's register of GDPR requests (decision 048): every request of the organisation with its
 * deadline (overdue ones flagged), and the beneficiaries and leads a new request may name.
 */
import { listBeneficiaryPeople } from '../../accounts/data/user-repository.ts';
import { listLeadPeople } from '../../intake/data/lead-retention.ts';
import { parisDate } from '../../platform/clock.ts';
import { requireRole } from '../../platform/authorize.ts';
import type { Actor, Deps } from '../../platform/deps.ts';
import { parsePlainDate } from '../../shared/calendar/plain-date.ts';
import type { RegisterView } from '../contracts/schemas.ts';
import { readRequestViews } from '../data/request-views.ts';

export async function getPrivacyRegister(deps: Deps, actor: Actor): Promise<RegisterView> {
  requireRole(actor, 'admin');
  const today = parsePlainDate(parisDate(deps.clock.now()));
  const [requests, beneficiaries, leads] = await Promise.all([
    readRequestViews(deps.db, actor.organisationId, today),
    listBeneficiaryPeople(deps.db, actor.organisationId),
    listLeadPeople(deps.db, actor.organisationId),
  ]);
  const person = (p: { id: string; first_name: string; last_name: string; email: string }) => ({
    id: p.id,
    name: `${p.first_name} ${p.last_name}`,
    email: p.email,
  });
  return { today, requests, beneficiaries: beneficiaries.map(person), leads: leads.map(person) };
}
