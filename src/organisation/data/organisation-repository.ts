/**
 * The organisations table. Creating an organisation row gives it a unique, readable slug (used by
 * its public page).
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/database.ts';

export function slugify(name: string): string {
  const slug = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
  return slug || 'organisme';
}

/** The organisation's name. */
export async function readOrganisationName(db: Kysely<Database>, organisationId: string): Promise<string> {
  const row = await db
    .selectFrom('organisations')
    .select('name')
    .where('id', '=', organisationId)
    .executeTakeFirstOrThrow();
  return row.name;
}

export async function insertOrganisation(
  db: Kysely<Database>,
  name: string,
  now: Date,
): Promise<{ id: string; name: string; slug: string }> {
  const base = slugify(name);
  const taken = new Set(
    (await db.selectFrom('organisations').select('slug').where('slug', 'like', `${base}%`).execute()).map(
      (r) => r.slug,
    ),
  );
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  return db
    .insertInto('organisations')
    .values({ name, slug, created_at: now })
    .returning(['id', 'name', 'slug'])
    .executeTakeFirstOrThrow();
}
