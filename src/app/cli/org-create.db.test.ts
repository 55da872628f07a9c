/**
 * `npm run org:create` (issue 10, finding 12; decision 027), run as the operator runs it, on this
 * test file's database: it adds an organisation to an installation that already has some, prints
 * the one-time activation link and no other secret, refuses bad arguments in French, and gives a
 * fresh link with `--new-link`.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { testDeps, type TestDeps } from '../../../tests/support/deps.ts';
import { createOrganisation } from '../../../tests/support/factories.ts';
import { hashToken } from '../../platform/security/tokens.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const PUBLIC_URL = 'https://sillage.exemple.fr';

async function orgCreate(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', 'src/app/cli/org-create.ts', '--', ...args],
      {
        cwd: ROOT,
        env: {
          PATH: process.env.PATH,
          DATABASE_URL: process.env.SILLAGE_TEST_DATABASE_URL,
          PUBLIC_URL,
          LOG_LEVEL: 'silent',
        },
      },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

const LINK = /https:\/\/sillage\.exemple\.fr\/invitation\/([A-Za-z0-9_-]{32,})/g;

let deps: TestDeps;

beforeAll(async () => {
  deps = testDeps();
  // The installation already serves a provider: the web set-up would refuse a second one.
  await createOrganisation(deps);
});

describe('npm run org:create', () => {
  it('adds an organisation with its first admin invited, printing the activation link and no other secret', async () => {
    const run = await orgCreate(
      '--name',
      'Horizons Bilans',
      '--admin-email',
      'Ines.Moreau@Horizons.fr',
      '--admin-first-name',
      'Inès',
      '--admin-last-name',
      'Moreau',
    );
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('Organisme « Horizons Bilans » créé');
    const links = [...run.stdout.matchAll(LINK)].map((m) => m[1]!);
    expect(links).toHaveLength(1);
    // Nothing else that looks like a token, a hash or a connection string.
    const rest = run.stdout.replace(LINK, '');
    expect(rest).not.toMatch(/[A-Za-z0-9_-]{32,}|postgres:\/\/|\$argon2/);

    const organisation = await deps.db
      .selectFrom('organisations')
      .select(['id', 'slug'])
      .where('name', '=', 'Horizons Bilans')
      .executeTakeFirstOrThrow();
    const admin = await deps.db
      .selectFrom('users')
      .select(['id', 'role', 'status', 'password_hash'])
      .where('organisation_id', '=', organisation.id)
      .executeTakeFirstOrThrow();
    expect(admin).toMatchObject({ role: 'admin', status: 'invited', password_hash: null });
    const invitation = await deps.db
      .selectFrom('invitations')
      .select(['user_id', 'invited_by', 'status'])
      .where('token_hash', '=', hashToken(links[0]!))
      .executeTakeFirstOrThrow();
    expect(invitation).toEqual({ user_id: admin.id, invited_by: null, status: 'pending' });
    const mail = await deps.db
      .selectFrom('outbox_emails')
      .select(['organisation_id', 'to_address', 'text_body'])
      .where('organisation_id', '=', organisation.id)
      .executeTakeFirstOrThrow();
    expect(mail).toMatchObject({ to_address: 'ines.moreau@horizons.fr' });
    expect(mail.text_body).toContain('Vous êtes invité·e à administrer l’espace de Horizons Bilans');
  });

  it('refuses missing or wrong arguments and a name already used, in French, creating nothing', async () => {
    const before = await deps.db.selectFrom('organisations').select('id').execute();
    const bad = await orgCreate('--name', 'X', '--admin-email', 'pas-une-adresse');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--name : Le nom de l’organisme doit contenir au moins 2 caractères.');
    expect(bad.stderr).toContain('--admin-email : Indiquez une adresse e-mail valide');
    expect(bad.stderr).toContain('--admin-first-name : Indiquez le prénom.');
    const unknown = await orgCreate('--nom', 'Horizons');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Usage :');
    const again = await orgCreate(
      '--name',
      'horizons bilans',
      '--admin-email',
      'autre@horizons.fr',
      '--admin-first-name',
      'A',
      '--admin-last-name',
      'B',
    );
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('Un organisme porte déjà ce nom sur cette installation');
    expect(await deps.db.selectFrom('organisations').select('id').execute()).toHaveLength(before.length);
  });

  it('gives a fresh link to an admin who has not activated their account, and the old one stops working', async () => {
    const first = await deps.db
      .selectFrom('invitations as i')
      .innerJoin('organisations as o', 'o.id', 'i.organisation_id')
      .select('i.id')
      .where('o.name', '=', 'Horizons Bilans')
      .executeTakeFirstOrThrow();
    const run = await orgCreate('--new-link', '--name', 'Horizons Bilans', '--admin-email', 'ines.moreau@horizons.fr');
    expect(run.code, run.stderr).toBe(0);
    const links = [...run.stdout.matchAll(LINK)].map((m) => m[1]!);
    expect(links).toHaveLength(1);
    const renewed = await deps.db
      .selectFrom('invitations')
      .select(['id', 'status'])
      .where('token_hash', '=', hashToken(links[0]!))
      .executeTakeFirstOrThrow();
    expect(renewed.status).toBe('pending');
    expect(
      await deps.db.selectFrom('invitations').select('status').where('id', '=', first.id).executeTakeFirstOrThrow(),
    ).toEqual({ status: 'revoked' });
    const nobody = await orgCreate('--new-link', '--name', 'Horizons Bilans', '--admin-email', 'personne@horizons.fr');
    expect(nobody.code).toBe(1);
    expect(nobody.stderr).toContain('n’a pas d’administrateur·rice en attente d’activation');
  });
});
