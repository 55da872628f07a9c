/**
 * Chromium for end-to-end tests: CHROMIUM_PATH, else Debian's /usr/bin/chromium. Without one,
 * browser tests are skipped with a plain message (CI always installs it).
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export function chromiumPath(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
    Boolean,
  ) as string[];
  return candidates.find((p) => existsSync(p));
}

export const NO_CHROMIUM_MESSAGE =
  'Tests de navigateur ignorés : Chromium est introuvable. Installez le paquet Debian « chromium » ou définissez CHROMIUM_PATH.';

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
