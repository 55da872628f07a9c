/**
 * First run: on an empty installation, the set-up form creates the first organisation and its
 * admin, and signs the admin in. Refused once any organisation exists.
 */
import { sql } from 'kysely';
import type { SetupInput, SessionUser } from '../contracts/schemas.ts';
import { AppError } from '../../shared/errors.ts';
import type { Deps, Origin } from '../../platform/deps.ts';
import { insertOrganisation } from '../../organisation/data/organisation-repository.ts';
import { openSession } from './sessions.ts';
import { assertPasswordAcceptable } from '../../platform/validation.ts';

export async function isSetupRequired(deps: Deps): Promise<boolean> {
  const row = await deps.db.selectFrom('organisations').select('id').limit(1).executeTakeFirst();
  return row === undefined;
}

export async function setupOrganisation(
  deps: Deps,
  origin: Origin,
  input: SetupInput,
): Promise<{ token: string; user: SessionUser }> {
  assertPasswordAcceptable(input.password, input.email);
  const passwordHash = await deps.hasher.hash(input.password);
  const now = deps.clock.now();
  return deps.db.transaction().execute(async (trx) => {
    // Serialise concurrent set-up attempts; only the first one on an empty database wins.
    await sql`SELECT pg_advisory_xact_lock(hashtext('sillage.setup'))`.execute(trx);
    const existing = await trx.selectFrom('organisations').select('id').limit(1).executeTakeFirst();
    if (existing) throw new AppError('setup_already_done');

    const organisation = await insertOrganisation(trx, input.organisationName, now);
    const admin = await trx
      .insertInto('users')
      .values({
        organisation_id: organisation.id,
        role: 'admin',
        email: input.email,
        first_name: input.firstName,
        last_name: input.lastName,
        password_hash: passwordHash,
        status: 'active',
        created_at: now,
        activated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const context = { organisationId: organisation.id, userId: admin.id, role: 'admin', ...origin };
    await deps.audit.record(
      trx,
      context,
      {
        action: 'organisation.created',
        subjectType: 'organisation',
        subjectId: organisation.id,
        details: { name: organisation.name },
      },
      now,
    );
    await deps.audit.record(
      trx,
      context,
      { action: 'auth.login_succeeded', subjectType: 'user', subjectId: admin.id, details: {} },
      now,
    );
    const token = await openSession(deps, trx, admin.id, origin, now);
    return {
      token,
      user: {
        id: admin.id,
        role: 'admin',
        firstName: input.firstName,
        lastName: input.lastName,
        email: input.email,
        organisation: { id: organisation.id, name: organisation.name },
      },
    };
  });
}
