/**
 * The organisation's brand: its accent colour (on the organisations row) and its logo (the
 * organisation_logos table, read without its bytes except to serve or print it).
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/database.ts';
import type { Trx } from '../../platform/db/kysely.ts';
import { logoUrl, type BrandView } from '../contracts/brand.ts';
import type { LogoContentType, LogoImage } from '../domain/logo-image.ts';

export interface LogoFile {
  contentType: LogoContentType;
  bytes: Buffer;
  sha256: string;
  width: number;
  height: number;
}

/** The brand of an organisation: colour and logo address (no bytes). Undefined when it does not exist. */
export async function readBrand(db: Kysely<Database> | Trx, organisationId: string): Promise<BrandView | undefined> {
  const row = await db
    .selectFrom('organisations as o')
    .leftJoin('organisation_logos as l', 'l.organisation_id', 'o.id')
    .select(['o.accent_colour', 'l.sha256', 'l.width', 'l.height'])
    .where('o.id', '=', organisationId)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    accentColour: row.accent_colour,
    logo:
      row.sha256 && row.width !== null && row.height !== null
        ? { url: logoUrl(organisationId, row.sha256), width: row.width, height: row.height }
        : null,
  };
}

/** The logo's file, with its bytes; undefined when the organisation has none (or does not exist). */
export async function readLogoFile(db: Kysely<Database> | Trx, organisationId: string): Promise<LogoFile | undefined> {
  const row = await db
    .selectFrom('organisation_logos')
    .select(['content_type', 'bytes', 'sha256', 'width', 'height'])
    .where('organisation_id', '=', organisationId)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    contentType: row.content_type as LogoContentType,
    bytes: row.bytes,
    sha256: row.sha256,
    width: row.width,
    height: row.height,
  };
}

/** Stores the organisation's logo, replacing the previous one. */
export async function saveLogo(
  db: Trx,
  organisationId: string,
  image: LogoImage,
  bytes: Uint8Array,
  sha256: string,
  now: Date,
): Promise<void> {
  const values = {
    content_type: image.contentType,
    bytes: Buffer.from(bytes),
    sha256,
    width: image.width,
    height: image.height,
    updated_at: now,
  };
  await db
    .insertInto('organisation_logos')
    .values({ organisation_id: organisationId, ...values })
    .onConflict((oc) => oc.column('organisation_id').doUpdateSet(values))
    .execute();
}

/** Removes the organisation's logo; whether there was one. */
export async function deleteLogo(db: Trx, organisationId: string): Promise<boolean> {
  const result = await db
    .deleteFrom('organisation_logos')
    .where('organisation_id', '=', organisationId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** Sets the accent colour (null: Sillage's own colours). */
export async function saveAccentColour(db: Trx, organisationId: string, accentColour: string | null): Promise<void> {
  await db.updateTable('organisations').set({ accent_colour: accentColour }).where('id', '=', organisationId).execute();
}

/** What the session carries of its organisation's brand (the app's top bar shows it). */
export async function readSessionBrand(
  db: Kysely<Database> | Trx,
  organisationId: string,
): Promise<{ logoUrl: string | null; accentColour: string | null }> {
  const brand = await readBrand(db, organisationId);
  return { logoUrl: brand?.logo?.url ?? null, accentColour: brand?.accentColour ?? null };
}
