/**
 * Which items the beneficiary's agreements keep today (R6313-7, decision 046): an agreement keeps
 * its items while it is neither withdrawn nor past its date; the others end, and their items go
 * unless a running agreement still keeps them.
 */
import type { PlainDate } from '../../shared/calendar/plain-date.ts';
import { KEEPABLE_ITEM_LABELS, KEEPABLE_ITEMS, type KeepableItem, type RetentionPurpose } from './registry.ts';

export interface AgreementFacts {
  id: string;
  items: readonly string[];
  expires_on: string;
  withdrawn_at: Date | null;
}

export function isRunning(agreement: AgreementFacts, today: PlainDate): boolean {
  return agreement.withdrawn_at === null && agreement.expires_on >= today;
}

export interface RetentionState {
  kept: Set<KeepableItem>;
  /** The latest date a running agreement keeps items to, or null. */
  keptUntil: string | null;
  /** Agreements that end now. */
  ending: string[];
  /** Items that go now: those of ending agreements no running one keeps. */
  released: Set<KeepableItem>;
}

export function retentionState(agreements: readonly AgreementFacts[], today: PlainDate): RetentionState {
  const kept = new Set<KeepableItem>();
  const ended = new Set<KeepableItem>();
  let keptUntil: string | null = null;
  const ending: string[] = [];
  for (const agreement of agreements) {
    const items = agreement.items.filter((i): i is KeepableItem => (KEEPABLE_ITEMS as readonly string[]).includes(i));
    if (isRunning(agreement, today)) {
      for (const item of items) kept.add(item);
      if (keptUntil === null || agreement.expires_on > keptUntil) keptUntil = agreement.expires_on;
    } else {
      ending.push(agreement.id);
      for (const item of items) ended.add(item);
    }
  }
  return { kept, keptUntil, ending, released: new Set([...ended].filter((item) => !kept.has(item))) };
}

/** Every keepable item except the kept ones. */
export function itemsToDestroy(kept: ReadonlySet<KeepableItem>): Set<KeepableItem> {
  return new Set(KEEPABLE_ITEMS.filter((item) => !kept.has(item)));
}

/** The agreement's wording, stored word for word with the signature (French, no content). */
export function retentionConsentText(input: {
  purpose: RetentionPurpose;
  items: readonly KeepableItem[];
  expiresOn: string;
  organisationName: string;
}): string {
  const items = KEEPABLE_ITEMS.filter((item) => input.items.includes(item))
    .map((item) => KEEPABLE_ITEM_LABELS[item].toLowerCase())
    .join(' ; ');
  const [y, m, d] = input.expiresOn.split('-');
  const why =
    input.purpose === 'suivi'
      ? 'pour le suivi de ma situation après le bilan'
      : 'pour la transmission de ma synthèse à mon opérateur du conseil en évolution professionnelle, à ma demande';
  return (
    `Je demande par écrit à ${input.organisationName} de conserver, ${why}, les documents suivants de mon bilan de compétences : ` +
    `${items}, jusqu’au ${d}/${m}/${y} au plus tard (article R6313-7 du Code du travail). ` +
    'Ils seront détruits à cette date, ou plus tôt si je retire mon accord. Les autres documents sont détruits comme prévu.'
  );
}
