/**
 * The one rule every free-text field follows (issue 10): no NUL, no other control character
 * (tab, line feed and carriage return are kept where the text may span several lines), and no
 * lone UTF-16 surrogate (half of an emoji, which PostgreSQL cannot store). Used by the zod schemas
 * of the contracts, so a browser form and the API refuse the same text with the same message.
 */
import { z } from 'zod';

/** Shown under a field whose text carries a forbidden character. */
export const UNSAFE_TEXT_MESSAGE =
  'Ce texte contient des caractères invisibles ou non autorisés : retapez-le ou collez-le sans mise en forme.';

// eslint-disable-next-line no-control-regex -- control characters are refused on purpose
const MULTI_LINE_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
// eslint-disable-next-line no-control-regex -- control characters are refused on purpose
const ONE_LINE_FORBIDDEN = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** True when `text` may be stored as a one-line value (a name, a title, a place). */
export function isOneLineText(text: string): boolean {
  return !ONE_LINE_FORBIDDEN.test(text) && !LONE_SURROGATE.test(text);
}

/** True when `text` may be stored as a text of several lines (a message, notes, a comment). */
export function isMultiLineText(text: string): boolean {
  return !MULTI_LINE_FORBIDDEN.test(text) && !LONE_SURROGATE.test(text);
}

/**
 * True when every string in a JSON value (object keys included) is a valid text of several lines:
 * for answers and definitions that arrive as free JSON.
 */
export function isCleanJson(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return isMultiLineText(value);
  if (depth > 64) return false;
  if (Array.isArray(value)) return value.every((item) => isCleanJson(item, depth + 1));
  if (value !== null && typeof value === 'object')
    return Object.entries(value).every(([key, item]) => isMultiLineText(key) && isCleanJson(item, depth + 1));
  return true;
}

/** The rule as a zod check, for a one-line field: `z.string().trim().max(200).check(oneLine())`. */
export const oneLine = (message: string = UNSAFE_TEXT_MESSAGE) => z.refine<string>(isOneLineText, message);

/** The rule as a zod check, for a field of several lines. */
export const multiLine = (message: string = UNSAFE_TEXT_MESSAGE) => z.refine<string>(isMultiLineText, message);

/** The rule as a zod check, for free JSON (answers, definitions). */
export const cleanJson = (message: string = UNSAFE_TEXT_MESSAGE) => z.refine<unknown>(isCleanJson, message);
