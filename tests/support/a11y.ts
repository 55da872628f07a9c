/**
 * Accessibility checks for end-to-end tests: axe-core (WCAG 2.0/2.1 A and AA, plus best
 * practices), the page title, and one h1; with a screenshot of each page for review, at a
 * laptop's width (1366 px) and at a phone's (390 px, where nothing may be wider than the screen).
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { ROOT } from './server.ts';

export const SCREENSHOTS = path.join(ROOT, 'tests', 'e2e', 'screenshots');

/** The desktop width of the review screenshots and of the axe run (issue 11). */
export const WIDE_WIDTH = 1366;

export async function checkPage(page: Page, name: string, expected: { title: string }): Promise<void> {
  const size = page.viewportSize();
  if (size && size.width !== WIDE_WIDTH) await page.setViewportSize({ width: WIDE_WIDTH, height: size.height });
  try {
    await checkWide(page, name, expected);
  } finally {
    if (size && size.width !== WIDE_WIDTH) await page.setViewportSize(size);
  }
}

async function checkWide(page: Page, name: string, expected: { title: string }): Promise<void> {
  await page.waitForLoadState('networkidle');
  await expect.poll(() => page.title(), { message: `title of ${name}` }).toBe(`${expected.title} — Sillage`);
  expect(await page.locator('h1').count(), `one h1 on ${name}`).toBe(1);
  // react-aria's live announcer reads a label by a transient `role="img"` node (removed after 7 s),
  // whose label may already be gone: axe judges the page, not that passing announcement.
  await page.locator('[data-live-announcer] [role="img"]').first().waitFor({ state: 'detached', timeout: 10_000 });
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  const violations = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => `${n.target.join(' ')} ${n.html.slice(0, 160)}`).join(' | ')}`,
  );
  if (violations.length > 0) {
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SCREENSHOTS, `${name}-axe.png`), fullPage: true });
  }
  expect(violations, `axe violations on ${name}`).toEqual([]);
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
  await checkNarrow(page, name);
}

/** A phone's width (issue 11): nothing wider than the viewport, so no horizontal scrolling. */
export const NARROW_WIDTH = 390;

/** How long a script-driven layout may take to settle after the resize. */
const SETTLE_MS = 5_000;

async function checkNarrow(page: Page, name: string): Promise<void> {
  const size = page.viewportSize();
  await page.setViewportSize({ width: NARROW_WIDTH, height: 844 });
  try {
    // A layout chosen in script (a media query's change event, then React's render) settles a few
    // frames after the resize: measure until it fits, for a few seconds, and fail on what stays wide.
    const measure = () =>
      page.evaluate(() => {
        const width = document.documentElement.clientWidth;
        const wide = [...document.querySelectorAll('body *')]
          .filter((e) => e.getBoundingClientRect().right > width + 1 && !e.closest('.table-scroll'))
          .filter((e) => ![...e.children].some((c) => c.getBoundingClientRect().right > width + 1))
          .slice(0, 5)
          .map((e) => `${e.tagName.toLowerCase()}${e.className ? `.${String(e.className).split(' ')[0]}` : ''}`);
        return { scrollWidth: document.documentElement.scrollWidth, width, wide };
      });
    let overflow = await measure();
    for (let waited = 0; overflow.scrollWidth > overflow.width && waited < SETTLE_MS; waited += 100) {
      await page.waitForTimeout(100);
      overflow = await measure();
    }
    expect(
      overflow.scrollWidth,
      `${name} at ${NARROW_WIDTH} px: wider than the screen (${overflow.wide.join(', ')})`,
    ).toBeLessThanOrEqual(overflow.width);
    await page.screenshot({ path: path.join(SCREENSHOTS, `${name}-${NARROW_WIDTH}.png`), fullPage: true });
  } finally {
    if (size) await page.setViewportSize(size);
  }
}

/** After a client-side navigation, focus is on the page's h1. */
export async function expectFocusOnHeading(page: Page, text: string): Promise<void> {
  // The page may still be loading its data under load: a few seconds, not the default one.
  await expect
    .poll(
      () => page.evaluate(() => ({ tag: document.activeElement?.tagName, text: document.activeElement?.textContent })),
      { timeout: 5_000 },
    )
    .toEqual({ tag: 'H1', text });
}
