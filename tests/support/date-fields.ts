/**
 * Filling the design system's date and time fields (src/ui/DateField.tsx) in end-to-end tests.
 * They are react-aria segmented fields: a group labelled by the field's label, with one spin
 * button per part (jour, mois, année; heure, minute), in the French order. These helpers type
 * each part; on a native <input type="date|time"> they simply fill it, so a test
 * keeps working whichever the page uses.
 */
import type { Locator } from 'playwright-core';

/**
 * Types `parts` (in the field's order) into its spin buttons, visiting them in `order`. A date
 * takes its year and month before its day, so that the day is checked against the right month
 * (with the month still empty, react-aria measures the day against the current month: 31 would
 * not fit in June).
 */
async function typeSegments(field: Locator, parts: string[], native: string, order: number[]): Promise<void> {
  const isNative = await field.evaluate((element) => element.tagName === 'INPUT');
  if (isNative) return field.fill(native);
  const segments = field.getByRole('spinbutton');
  const count = await segments.count();
  if (count !== parts.length) throw new Error(`expected ${parts.length} parts in the field, found ${count}`);
  for (const index of order) {
    const segment = segments.nth(index);
    // Empty the part first, one digit per Backspace (a year has four); once empty, typing
    // starts afresh and each part moves to the next when complete.
    for (let digits = 0; digits < 4 && (await segment.getAttribute('data-placeholder')) === null; digits++) {
      await segment.press('Backspace');
    }
    if ((await segment.getAttribute('data-placeholder')) === null)
      throw new Error('could not empty a part of the field');
    await segment.pressSequentially(parts[index]!);
  }
}

/** `await fillDate(page.getByRole('group', { name: 'Date', exact: true }), '2026-12-07')` */
export async function fillDate(field: Locator, iso: string): Promise<void> {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new Error(`not a YYYY-MM-DD date: ${iso}`);
  const [, year, month, day] = match as unknown as [string, string, string, string];
  await typeSegments(field, [day, month, year], iso, [2, 1, 0]);
}

/** `await fillTime(page.getByRole('group', { name: 'Heure de début' }), '09:30')` */
export async function fillTime(field: Locator, hhmm: string): Promise<void> {
  const match = /^(\d{2}):(\d{2})$/.exec(hhmm);
  if (!match) throw new Error(`not a HH:MM time: ${hhmm}`);
  const [, hour, minute] = match as unknown as [string, string, string];
  await typeSegments(field, [hour, minute], hhmm, [0, 1]);
}
