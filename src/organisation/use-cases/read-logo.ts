/**
 * Anyone reads an organisation's logo (its public page shows it): the stored bytes, their type
 * and whether the address's version is the current one (then cached for a year). 404 when the
 * organisation does not exist or has no logo.
 */
import { AppError } from '../../shared/errors.ts';
import type { Deps } from '../../platform/deps.ts';
import { readLogoFile, type LogoFile } from '../data/brand-repository.ts';

export async function readLogo(
  deps: Deps,
  organisationId: string,
  version: string | undefined,
): Promise<LogoFile & { current: boolean }> {
  const file = await readLogoFile(deps.db, organisationId);
  if (!file) throw new AppError('not_found');
  return { ...file, current: version !== undefined && version.length >= 16 && file.sha256.startsWith(version) };
}
