/**
 * Migration 0015 (decision 026) on messages written before it: delivered messages lose their
 * personal link, messages still waiting keep it (they are how it reaches its addressee) and are
 * marked as carrying it, messages without a link are untouched. Run on a scratch database
 * migrated to 0014, then to the latest.
 */
import { randomBytes } from 'node:crypto';
import { cp, mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createDb, type Db } from '../../platform/db/kysely.ts';
import { MIGRATIONS_DIR, migrateToLatest } from '../../platform/db/migrate.ts';
import { composeEmail } from '../domain/message.ts';

const maintenanceUrl = inject('dbMaintenanceUrl');
const name = `sillage_m15_${inject('dbRunId')}_${randomBytes(3).toString('hex')}`;
let db: Db;
let dir: string;

beforeAll(async () => {
  const admin = new pg.Client({ connectionString: maintenanceUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(maintenanceUrl);
  url.pathname = `/${name}`;
  db = createDb({ connectionString: url.toString(), max: 1 });
  dir = await mkdtemp(path.join(os.tmpdir(), 'sillage-m15-'));
  for (const file of await readdir(MIGRATIONS_DIR))
    if (/^\d{4}_/.test(file) && file < '0015') await cp(path.join(MIGRATIONS_DIR, file), path.join(dir, file));
  await migrateToLatest(db, dir);
});

afterAll(async () => {
  await db?.destroy();
  if (dir) await rm(dir, { recursive: true, force: true });
  const admin = new pg.Client({ connectionString: maintenanceUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.end();
});

const token = (c: string) => c.repeat(43);
const mail = (url: string) =>
  composeEmail({
    subject: 'Invitation',
    greeting: 'Bonjour,',
    paragraphs: ['Vous êtes invité·e.'],
    action: { label: 'Activer mon compte', url },
    signature: 'L’équipe Sillage',
  });

describe('migration 0015: personal links in messages written before it', () => {
  it('removes the links of delivered messages and marks those still waiting', async () => {
    const organisation = await sql<{ id: string }>`
      INSERT INTO organisations (name, slug) VALUES ('Organisme', 'organisme-m15') RETURNING id`.execute(db);
    const org = organisation.rows[0]!.id;
    const insert = async (kind: string, status: string, text: string, html: string) => {
      const row = await sql<{ id: string }>`
        INSERT INTO outbox_emails (organisation_id, kind, to_address, subject, text_body, html_body, status, created_at)
        VALUES (${org}, ${kind}, 'x@exemple.fr', 'Sujet', ${text}, ${html}, ${status}, '2026-05-04T08:00:00Z')
        RETURNING id`.execute(db);
      return row.rows[0]!.id;
    };
    const sentUrl = `http://localhost:3000/invitation/${token('a')}`;
    const sent = await insert('invitation_consultant', 'sent', mail(sentUrl).text, mail(sentUrl).html);
    const pendingUrl = `http://localhost:3000/evaluation/${token('b')}`;
    const pending = await insert('evaluation_chaud', 'pending', mail(pendingUrl).text, mail(pendingUrl).html);
    const failedUrl = `https://sillage.exemple.fr/signature/${token('c')}`;
    const failed = await insert('convention_to_sign', 'failed', mail(failedUrl).text, mail(failedUrl).html);
    // A link the pattern cannot isolate (no scheme): the delivered bodies go altogether.
    const odd = await insert('feedback_invitation', 'sent', `Lien : /regard/${token('d')}`, `<p>/regard/${token('d')}</p>`);
    const plain = mail('http://localhost:3000/mon-bilan/documents');
    const other = await insert('document_to_sign', 'sent', plain.text, plain.html);

    expect(await migrateToLatest(db)).toContain('0015_single_use_links');

    const rows = await sql<{
      id: string;
      text_body: string;
      html_body: string;
      link_url: string | null;
      link_expires_at: Date | null;
      link_removed_at: Date | null;
    }>`SELECT id, text_body, html_body, link_url, link_expires_at, link_removed_at FROM outbox_emails`.execute(db);
    const byId = new Map(rows.rows.map((r) => [r.id, r]));
    for (const id of [sent, failed, odd]) {
      const row = byId.get(id)!;
      expect(row.link_url).toBeNull();
      expect(row.link_removed_at).not.toBeNull();
      for (const c of 'acd') expect(row.text_body + row.html_body).not.toContain(token(c));
    }
    expect(byId.get(sent)!.text_body).toContain('Activer mon compte : [lien personnel retiré]');
    expect(byId.get(sent)!.html_body).toContain('[lien personnel retiré]');
    expect(byId.get(odd)!.text_body).toMatch(/^Contenu retiré/);
    expect(byId.get(pending)).toMatchObject({
      link_url: pendingUrl,
      link_expires_at: new Date('2026-07-04T08:00:00Z'),
      link_removed_at: null,
    });
    expect(byId.get(pending)!.text_body).toContain(pendingUrl);
    expect(byId.get(other)).toMatchObject({
      text_body: plain.text,
      html_body: plain.html,
      link_url: null,
      link_removed_at: null,
    });
  });
});
