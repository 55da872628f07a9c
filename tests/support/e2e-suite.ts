/**
 * The setup most browser files share: for the file's tests, an isolated app whose organisation has
 * a bilan (`seedBilan`) and a Chromium, started before them and stopped after; and the helpers
 * those tests use on it.
 */
import { afterAll, beforeAll } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../setup/browser.ts';
import { checkPage } from './a11y.ts';
import { seedBilan, signedInPage, startIsolatedApp, type IsolatedApp } from './e2e-app.ts';

export interface SeededBrowserApp {
  browser: Browser;
  isolated: IsolatedApp;
  seed: Awaited<ReturnType<typeof seedBilan>>;
}

/** Registers the file's `beforeAll` and `afterAll`; the returned object is filled once they ran. */
export function seededBrowserApp(postgresUrl: string, organisationName: string): SeededBrowserApp {
  const env = {} as Partial<SeededBrowserApp>;
  beforeAll(async () => {
    env.isolated = await startIsolatedApp(postgresUrl);
    env.seed = await seedBilan(env.isolated.db, organisationName);
    env.browser = await launchChromium();
  }, 120_000);
  afterAll(async () => {
    await env.browser?.close();
    await env.isolated?.stop();
  });
  return env as SeededBrowserApp;
}

/** A page signed in through the login form, once it has left the login page for the person's home. */
export async function signedInHome(browser: Browser, baseURL: string, email: string): Promise<Page> {
  const page = await signedInPage(browser, baseURL, email);
  await page.waitForURL((address) => !address.pathname.startsWith('/connexion'));
  return page;
}

/** react-aria's announcer leaves a transient node after an action: checked once it is gone. */
export async function checkSettledPage(page: Page, name: string, title: string): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('[data-live-announcer] [role="img"]'), null, {
    timeout: 15_000,
  });
  await checkPage(page, name, { title });
}
