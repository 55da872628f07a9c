/**
 * The French e-mails about séances: planned, moved, cancelled, reminder. The calendar file is
 * attached by the service; these texts say the same in words.
 */
import { composeEmail, teamSignature, type EmailMessage } from '../../email/domain/message.ts';
import { datePart } from '../../shared/calendar/local-date-time.ts';
import { parisLocalDateTime } from '../../shared/calendar/paris-time.ts';
import { isoWeekday } from '../../shared/calendar/plain-date.ts';
import { formatDateFr, formatTimeFr } from '../../shared/rules/format.ts';

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

const WEEKDAYS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'] as const;

/** "jeudi 3 décembre 2026 de 10 h à 12 h", in France's time, with the shared French formatters. */
function slotWords(startsAt: Date, endsAt: Date): string {
  const start = parisLocalDateTime(startsAt);
  const end = parisLocalDateTime(endsAt);
  const day = datePart(start);
  return `${WEEKDAYS[isoWeekday(day) - 1]} ${formatDateFr(day)} de ${formatTimeFr(start)} à ${formatTimeFr(end)}`;
}

/** "le jeudi 3 décembre 2026 de 10 h à 12 h". */
export function describeSlot(startsAt: Date, endsAt: Date): string {
  return `le ${slotWords(startsAt, endsAt)}`;
}

/** Where a moved séance or interview goes: "au jeudi 3 décembre 2026 de 10 h à 12 h". */
export function describeNewSlot(startsAt: Date, endsAt: Date): string {
  return `au ${slotWords(startsAt, endsAt)}`;
}

function where(facts: SeanceEmailFacts): string {
  if (facts.mode === 'in_person') return `La séance aura lieu en présentiel : ${facts.place ?? ''}.`;
  if (facts.mode === 'remote') return `La séance aura lieu à distance, par visioconférence : ${facts.link ?? ''}`;
  return 'Il s’agit d’un temps de travail personnel, à votre rythme.';
}

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
    signature: teamSignature(facts.organisationName),
  });
}

export function seanceRescheduledEmail(
  facts: SeanceEmailFacts & { previousStartsAt: Date; previousEndsAt: Date; reason: string },
): EmailMessage {
  return composeEmail({
    subject: `Séance déplacée ${describeNewSlot(facts.startsAt, facts.endsAt)}`,
    greeting: `Bonjour ${facts.beneficiaryFirstName},`,
    paragraphs: [
      `La séance prévue ${describeSlot(facts.previousStartsAt, facts.previousEndsAt)} est déplacée ${describeNewSlot(facts.startsAt, facts.endsAt)}.`,
      `Raison : ${facts.reason}`,
      where(facts),
      'L’invitation jointe met à jour votre agenda.',
    ],
    action: { label: 'Voir mon bilan', url: facts.url },
    signature: teamSignature(facts.organisationName),
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
    signature: teamSignature(facts.organisationName),
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
    signature: teamSignature(facts.organisationName),
  });
}
