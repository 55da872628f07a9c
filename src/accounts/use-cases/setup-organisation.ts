/**
 * First run: on an empty installation, the set-up form creates the first organisation and its
 * admin, and signs the admin in. Refused once any organisation exists.
 */
import type { SetupInput, SessionUser } from '../contracts/schemas.ts';
import { AppError } from '../../shared/errors.ts';
import type { Deps, Origin } from '../../platform/deps.ts';
import { insertOrganisation, anyOrganisationExists } from '../../organisation/data/organisation-repository.ts';
import { insertActiveAdmin } from '../data/user-repository.ts';
import { openSession } from '../data/session-repository.ts';
import { lockSetup } from '../data/setup-lock.ts';
import { assertPasswordAcceptable } from '../../platform/validation.ts';

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
    await lockSetup(trx);
    if (await anyOrganisationExists(trx)) throw new AppError('setup_already_done');

    const organisation = await insertOrganisation(trx, input.organisationName, now);
    const adminId = await insertActiveAdmin(
      trx,
      {
        organisationId: organisation.id,
        email: input.email,
        firstName: input.firstName,
        lastName: input.lastName,
        passwordHash,
      },
      now,
    );
    const context = { organisationId: organisation.id, userId: adminId, role: 'admin', ...origin };
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
      { action: 'auth.login_succeeded', subjectType: 'user', subjectId: adminId, details: {} },
      now,
    );
    const token = await openSession(deps, trx, adminId, origin, now);
    return {
      token,
      user: {
        id: adminId,
        role: 'admin',
        firstName: input.firstName,
        lastName: input.lastName,
        email: input.email,
        organisation: { id: organisation.id, name: organisation.name, logoUrl: null, accentColour: null },
      },
    };
  });
}
