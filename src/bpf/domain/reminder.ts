/**
 * The BPF reminder (legal.md BPF-01: filed before 31 May, WARN from 1 April). Until the previous
 * year's BPF is marked filed, from 1 April the admin's home shows it, and the admins receive one
 * e-mail on or after 1 April and one after 15 May. Only for an organisation that existed before
 * that year ended (it had a year to declare).
 */
import { composeEmail, STAFF_NOTICE_SIGNATURE, type EmailMessage } from '../../email/domain/message.ts';
import { formatDateFr } from '../../shared/rules/format.ts';
import { plainDate, type PlainDate } from '../../shared/calendar/plain-date.ts';

export const REMINDER_STAGES = ['april', 'may'] as const;
export type ReminderStage = (typeof REMINDER_STAGES)[number];

export interface BpfReminder {
  /** The year to declare. */
  year: number;
  deadline: PlainDate;
  overdue: boolean;
}

/** The year whose BPF is due on `today`, if a reminder is due: from 1 April, until it is filed. */
export function dueReminder(
  today: PlainDate,
  facts: { organisationCreatedOn: PlainDate; filedYears: readonly number[] },
): BpfReminder | null {
  const thisYear = Number(today.slice(0, 4));
  const year = thisYear - 1;
  if (today < plainDate(thisYear, 4, 1)) return null;
  if (facts.organisationCreatedOn > plainDate(year, 12, 31)) return null;
  if (facts.filedYears.includes(year)) return null;
  const deadline = plainDate(thisYear, 5, 31);
  return { year, deadline, overdue: today > deadline };
}

/** The e-mail stages due on `today` (in order); the sweep sends the last one not yet sent. */
export function dueStages(today: PlainDate): ReminderStage[] {
  const thisYear = Number(today.slice(0, 4));
  if (today < plainDate(thisYear, 4, 1)) return [];
  return today > plainDate(thisYear, 5, 15) ? ['april', 'may'] : ['april'];
}

export function reminderMessage(reminder: BpfReminder): string {
  return reminder.overdue
    ? `Le bilan pédagogique et financier ${reminder.year} n’est pas marqué comme déclaré : la date limite du ${formatDateFr(reminder.deadline)} est passée. Déclarez-le sans attendre sur Mon Activité Formation, puis indiquez la date de dépôt.`
    : `Le bilan pédagogique et financier ${reminder.year} est à déclarer sur Mon Activité Formation avant le ${formatDateFr(reminder.deadline)}. Une fois déposé, indiquez la date de dépôt dans Sillage.`;
}

export function bpfReminderEmail(facts: {
  firstName: string;
  organisationName: string;
  reminder: BpfReminder;
  stage: ReminderStage;
  url: string;
}): EmailMessage {
  return composeEmail({
    subject:
      facts.stage === 'may'
        ? `Dernier rappel : bilan pédagogique et financier ${facts.reminder.year}`
        : `Bilan pédagogique et financier ${facts.reminder.year} à déclarer`,
    greeting: `Bonjour ${facts.firstName},`,
    paragraphs: [
      reminderMessage(facts.reminder),
      `Sillage prépare les chiffres de ${facts.organisationName} (cadres C, E et F) : vérifiez-les et complétez ce qui manque avant de les reporter.`,
    ],
    action: { label: 'Préparer le bilan pédagogique et financier', url: facts.url },
    signature: STAFF_NOTICE_SIGNATURE,
  });
}
