/** The organisation behind a public slug, if its page is online (404 otherwise). */
import type { Selectable } from 'kysely';
import type { Organisations } from '../../platform/db/database.ts';
import type { Trx } from '../../platform/db/kysely.ts';
import { AppError } from '../../shared/errors.ts';
import { findPublishedOrganisation } from '../../organisation/data/organisation-repository.ts';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export async function publishedOrganisation(db: Trx, slug: string): Promise<Selectable<Organisations>> {
  if (!SLUG.test(slug) || slug.length > 100) throw new AppError('not_found');
  const row = await findPublishedOrganisation(db, slug);
  if (!row) throw new AppError('not_found', { message: 'Cette page n’existe pas ou n’est pas publiée.' });
  return row;
}
