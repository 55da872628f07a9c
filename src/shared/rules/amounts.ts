/**
 * Amounts and durations as integers: money in cents, time in minutes.
 *
 * `parseEurosToCents` turns what a person types ("1 600", "1 600,50 €", "99.9") into cents, or
 * names the problem in French; the checks guard values that arrive already in cents or minutes.
 */
import { formatEurosFr } from './format.ts';
import { ruleError, type RuleIssue } from './result.ts';

/** The largest amount Sillage accepts: 1,000,000.00 € (far above any bilan price). */
export const MAX_AMOUNT_CENTS = 100_000_000;

/** The largest duration Sillage accepts in a rule input: 1,000 hours. */
export const MAX_MINUTES = 60_000;

export type AmountParse = { ok: true; cents: number } | { ok: false; issue: RuleIssue<'invalid_amount'> };

// Digits, optionally grouped by thousands with a space (plain, no-break or narrow no-break), then
// optional decimals after a comma or a dot (one or two digits), then an optional "€" or "EUR".
const AMOUNT_PATTERN = /^(\d{1,3}(?:[ \u00A0\u202F]\d{3})+|\d+)(?:[.,](\d{1,2}))?\s*(?:€|EUR)?$/i;

/** Parses a euro amount typed in French or plain notation into integer cents. */
export function parseEurosToCents(text: string): AmountParse {
  const trimmed = text.trim();
  const match = AMOUNT_PATTERN.exec(trimmed);
  const fail = (): AmountParse => ({
    ok: false,
    issue: ruleError(
      'invalid_amount',
      `Le montant « ${text} » n’est pas valide : saisissez un montant positif en euros, avec au plus deux décimales ` +
        '(par exemple 1 600 ou 1 600,50).',
      { input: text },
    ),
  });
  if (!match) return fail();
  const euros = Number((match[1] ?? '').replace(/[ \u00A0\u202F]/g, ''));
  const decimals = (match[2] ?? '').padEnd(2, '0');
  const cents = euros * 100 + Number(decimals);
  if (!Number.isSafeInteger(cents) || cents > MAX_AMOUNT_CENTS) return fail();
  return { ok: true, cents };
}

/** Null when `cents` is a valid amount (integer, ≥ 0, ≤ the maximum); otherwise the issue. */
export function checkCents(cents: number, what: string): RuleIssue<'invalid_amount'> | null {
  if (Number.isSafeInteger(cents) && cents >= 0 && cents <= MAX_AMOUNT_CENTS) return null;
  return ruleError(
    'invalid_amount',
    `${what} doit être un montant en centimes entier, positif ou nul, et au plus de ${formatEurosFr(MAX_AMOUNT_CENTS)}.`,
    { value: Number.isFinite(cents) ? cents : String(cents) },
  );
}

/** Null when `minutes` is a valid duration (integer, ≥ 0, ≤ the maximum); otherwise the issue. */
export function checkMinutes(minutes: number, what: string): RuleIssue<'invalid_minutes'> | null {
  if (Number.isSafeInteger(minutes) && minutes >= 0 && minutes <= MAX_MINUTES) return null;
  return ruleError('invalid_minutes', `${what} doit être un nombre entier de minutes, positif ou nul.`, {
    value: Number.isFinite(minutes) ? minutes : String(minutes),
  });
}
