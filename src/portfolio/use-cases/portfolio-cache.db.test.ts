/**
 * The portfolio through the read cache (decision 008): a second read is served from memory, a
 * change by anyone (here straight through the use cases, with no HTTP request to drop the entry)
 * reaches every process through PostgreSQL's notification, the end of the bilan too, and who asks
 * is checked before the cache is read.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDeps, type TestDeps } from '../../../tests/support/deps.ts';
import { createOrganisation, createUser, insertBilan } from '../../../tests/support/factories.ts';
import { Caches } from '../../platform/cache/caches.ts';
import { startChangeFeed, type ChangeFeed } from '../../platform/cache/change-feed.ts';
import { AppError } from '../../shared/errors.ts';
import { CompetenceSchema, ExperienceSchema } from '../contracts/schemas.ts';
import { getPortfolio } from './get-portfolio.ts';
import { saveCompetence } from './save-competence.ts';
import { saveExperience } from './save-experience.ts';

let deps: TestDeps;
let feed: ChangeFeed;

async function eventually(check: () => Promise<boolean>, ms = 5000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not reached');
    await new Promise((r) => setTimeout(r, 20));
  }
}

beforeAll(async () => {
  deps = testDeps();
  deps.caches = new Caches();
  feed = await startChangeFeed(process.env.SILLAGE_TEST_DATABASE_URL!, deps.caches, deps.log);
});
afterAll(async () => {
  await feed.stop();
});

describe('the portfolio’s read cache', () => {
  it('serves a second read from memory, and drops it when anything of the portfolio or the bilan changes', async () => {
    const org = await createOrganisation(deps);
    const beneficiary = await createUser(deps, org.id, 'beneficiary');
    const bilanId = await insertBilan(deps, org, beneficiary);
    // The set-up's own notifications may still be on their way and drop the first entry: once they
    // are in, a second read (by the other party) is the very object the first one kept.
    await eventually(
      async () =>
        (await getPortfolio(deps, beneficiary.actor, bilanId)) ===
        (await getPortfolio(deps, org.consultant.actor, bilanId)),
    );

    const { experience } = await saveExperience(
      deps,
      org.consultant.actor,
      bilanId,
      ExperienceSchema.parse({ kind: 'training', title: 'CAP cuisine', startedOn: '2010-09-01' }),
    );
    await eventually(async () => (await getPortfolio(deps, beneficiary.actor, bilanId)).experiences.length === 1);
    await saveCompetence(
      deps,
      beneficiary.actor,
      bilanId,
      CompetenceSchema.parse({ kind: 'savoir_faire', label: 'Cuisiner', experienceIds: [experience.id] }),
    );
    await eventually(
      async () => (await getPortfolio(deps, beneficiary.actor, bilanId)).experiences[0]!.competenceIds.length === 1,
    );

    // Someone else is refused before the cache is looked at.
    const stranger = await createUser(deps, org.id, 'beneficiary', 'autre');
    await expect(getPortfolio(deps, stranger.actor, bilanId)).rejects.toBeInstanceOf(AppError);

    await deps.db.updateTable('bilans').set({ phase: 'cloture' }).where('id', '=', bilanId).execute();
    await eventually(async () => !(await getPortfolio(deps, beneficiary.actor, bilanId)).editable);
  });

  it('stops serving the former consultant as soon as the bilan changes hands, whatever was cached', async () => {
    const org = await createOrganisation(deps);
    const beneficiary = await createUser(deps, org.id, 'beneficiary');
    const colleague = await createUser(deps, org.id, 'consultant', 'relais');
    const bilanId = await insertBilan(deps, org, beneficiary);
    await getPortfolio(deps, org.consultant.actor, bilanId);
    await getPortfolio(deps, org.consultant.actor, bilanId); // the access check and the view are both cached
    // Straight in the database, as another process would: only the notification drops the entries.
    await deps.db.updateTable('bilans').set({ consultant_id: colleague.id }).where('id', '=', bilanId).execute();
    await eventually(async () =>
      getPortfolio(deps, org.consultant.actor, bilanId).then(
        () => false,
        (error: unknown) => error instanceof AppError && error.code === 'not_found',
      ),
    );
    expect((await getPortfolio(deps, colleague.actor, bilanId)).bilanId).toBe(bilanId);
  });
});
