/**
 * The French e-mails about séances: planned, moved, cancelled, reminder. The calendar file is
 * attached by the service; these texts say the same in words.
 */
import { composeEmail, type EmailMessage } from '../../email/domain/message.ts';

export interface SeanceEmailFacts {
  beneficiaryFirstName: string;
  consultantName: string;
  organisationName: string;
  startsAt: Date;
  endsAt: Date;
  mode: 'in_person' | 'remote' | 'personal_work';
  place: string | null;
  link: string | null;
  url: string;
}

const day = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'full', timeZone: 'Europe/Paris' });
const time = new Intl.DateTimeFormat('fr-FR', { timeStyle: 'short', timeZone: 'Europe/Paris' });

export function describeSlot(startsAt: Date, endsAt: Date): string {
  return `le ${day.format(startsAt)} de ${time.format(startsAt)} à ${time.format(endsAt)}`;
}

function where(facts: SeanceEmailFacts): string {
  if (facts.mode === 'in_person') return `La séance aura lieu en présentiel : ${facts.place ?? ''}.`;
  if (facts.mode === 'remote') return `La séance aura lieu à distance, par visioconférence : ${facts.link ?? ''}`;
  return 'Il s’agit d’un temps de travail personnel, à votre rythme.';
}

const SIGNATURE = 'L’équipe Sillage';

export function seancePlannedEmail(facts: SeanceEmailFacts): EmailMessage {
  return composeEmail({
    subject: `Séance de bilan ${describeSlot(facts.startsAt, facts.endsAt)}`,
    greeting: `Bonjour ${facts.beneficiaryFirstName},`,
    paragraphs: [
      `${facts.consultantName} (${facts.organisationName}) a planifié une séance de votre bilan de compétences ${describeSlot(facts.startsAt, facts.endsAt)}.`,
      where(facts),
      'L’invitation jointe l’ajoute à votre agenda. Si vous ne pouvez pas venir, prévenez votre consultant·e dès que possible.',
    ],
    action: { label: 'Voir mon bilan', url: facts.url },
    signature: SIGNATURE,
  });
}

export function seanceRescheduledEmail(
  facts: SeanceEmailFacts & { previousStartsAt: Date; previousEndsAt: Date; reason: string },
): EmailMessage {
  return composeEmail({
    subject: `Séance déplacée ${describeSlot(facts.startsAt, facts.endsAt)}`,
    greeting: `Bonjour ${facts.beneficiaryFirstName},`,
    paragraphs: [
      `La séance prévue ${describeSlot(facts.previousStartsAt, facts.previousEndsAt)} est déplacée ${describeSlot(facts.startsAt, facts.endsAt)}.`,
      `Raison : ${facts.reason}`,
      where(facts),
      'L’invitation jointe met à jour votre agenda.',
    ],
    action: { label: 'Voir mon bilan', url: facts.url },
    signature: SIGNATURE,
  });
}

export function seanceCancelledEmail(facts: SeanceEmailFacts & { reason: string }): EmailMessage {
  return composeEmail({
    subject: `Séance annulée : ${describeSlot(facts.startsAt, facts.endsAt)}`,
    greeting: `Bonjour ${facts.beneficiaryFirstName},`,
    paragraphs: [
      `La séance prévue ${describeSlot(facts.startsAt, facts.endsAt)} est annulée.`,
      `Raison : ${facts.reason}`,
      'Votre consultant·e vous proposera une nouvelle date. Le fichier joint retire la séance de votre agenda.',
    ],
    action: { label: 'Voir mon bilan', url: facts.url },
    signature: SIGNATURE,
  });
}

export function seanceReminderEmail(facts: SeanceEmailFacts): EmailMessage {
  return composeEmail({
    subject: `Rappel : séance de bilan ${describeSlot(facts.startsAt, facts.endsAt)}`,
    greeting: `Bonjour ${facts.beneficiaryFirstName},`,
    paragraphs: [
      `Pour rappel, votre prochaine séance avec ${facts.consultantName} a lieu ${describeSlot(facts.startsAt, facts.endsAt)}.`,
      where(facts),
      'Un empêchement ? Prévenez votre consultant·e au plus tôt.',
    ],
    action: { label: 'Voir mon bilan', url: facts.url },
    signature: SIGNATURE,
  });
}
