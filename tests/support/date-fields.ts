/**
 * Filling the design system's date and time fields (src/ui/DateField.tsx) in end-to-end tests.
 * They are react-aria segmented fields: a group labelled by the field's label, with one spin
 * button per part (jour, mois, année; heure, minute), in the French order. These helpers type
 * the parts in that order; on a native <input type="date|time"> they simply fill it, so a test
 * keeps working whichever the page uses.
 */
import type { Locator } from 'playwright-core';

async function typeSegments(field: Locator, parts: string[], native: string): Promise<void> {
  const isNative = await field.evaluate((element) => element.tagName === 'INPUT');
  if (isNative) return field.fill(native);
  const segments = field.getByRole('spinbutton');
  const count = await segments.count();
  if (count !== parts.length) throw new Error(`expected ${parts.length} parts in the field, found ${count}`);
  for (const [index, part] of parts.entries()) {
    const segment = segments.nth(index);
    await segment.focus();
    // Clear what is there, then type: each part moves to the next once complete.
    await segment.press('Backspace');
    await segment.press('Backspace');
    await segment.pressSequentially(part);
  }
}

/** `await fillDate(page.getByLabel('Date', { exact: true }), '2026-12-07')` */
export async function fillDate(field: Locator, iso: string): Promise<void> {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new Error(`not a YYYY-MM-DD date: ${iso}`);
  const [, year, month, day] = match as unknown as [string, string, string, string];
  await typeSegments(field, [day, month, year], iso);
}

/** `await fillTime(page.getByLabel('Heure de début'), '09:30')` */
export async function fillTime(field: Locator, hhmm: string): Promise<void> {
  const match = /^(\d{2}):(\d{2})$/.exec(hhmm);
  if (!match) throw new Error(`not a HH:MM time: ${hhmm}`);
  const [, hour, minute] = match as unknown as [string, string, string];
  await typeSegments(field, [hour, minute], hhmm);
}
