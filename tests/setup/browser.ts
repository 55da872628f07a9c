/**
 * Chromium for end-to-end tests: CHROMIUM_PATH, else Debian's /usr/bin/chromium. Without one,
 * browser tests are skipped with a plain message on a developer's machine, and the run fails in CI
 * (`CI` set), where skipped browser tests would pass unseen (issue 10).
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export function chromiumPath(env: Record<string, string | undefined> = process.env): string | undefined {
  const candidates = [env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean) as string[];
  return candidates.find((p) => existsSync(p));
}

export const NO_CHROMIUM_MESSAGE =
  'Tests de navigateur ignorés : Chromium est introuvable. Installez le paquet Debian « chromium » ou définissez CHROMIUM_PATH.';

export const NO_CHROMIUM_IN_CI_MESSAGE =
  'Chromium est introuvable alors que CI est défini : les tests de navigateur ne peuvent pas être ignorés en intégration continue. Installez le paquet Debian « chromium » ou définissez CHROMIUM_PATH.';

/** Whether `CI` is set (CI=true, as CI services set it; `false` and `0` mean not). */
export function inCi(env: Record<string, string | undefined>): boolean {
  const value = env.CI?.trim().toLowerCase();
  return value !== undefined && value !== '' && value !== 'false' && value !== '0';
}

/**
 * Why browser tests are skipped ('' when they run). Without Chromium: a message on a developer's
 * machine; in CI, an error, so that the run fails instead of passing with the tests skipped.
 */
export function browserTestsSkip(env: Record<string, string | undefined>, chromium: string | undefined): string {
  if (chromium) return '';
  if (inCi(env)) throw new Error(NO_CHROMIUM_IN_CI_MESSAGE);
  return NO_CHROMIUM_MESSAGE;
}

export async function launchChromium(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error(NO_CHROMIUM_MESSAGE);
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}
