/**
 * The application's read caches and how database changes reach them:
 * - sessions: a resolved session cookie, tagged by session, user and organisation;
 * - consultant homes: tagged by organisation;
 * - portfolios (issue 12, decision 038): the whole view of a bilan's portfolio, tagged by organisation;
 * - the items of a ROME fiche, for the portfolio's proposals (catalogue data: dropped after 60 s);
 * - who reaches which bilan, for the reads served from a cache (tagged by organisation: a change
 *   of the bilan, e.g. a reassignment or a phase, drops it).
 * Without a running change feed (tests, or the feed is down) they are off.
 */
import type { ConsultantHome } from '../../bilans/contracts/schemas.ts';
import type { SessionUser } from '../../accounts/contracts/schemas.ts';
import { ReadCache } from './read-cache.ts';
import { CatalogueCache } from '../../catalog/data/catalogue-cache.ts';
import type { JobSearchIndex } from '../../catalog/domain/search/job-search.ts';
import type { SkillSearchIndex } from '../../catalog/domain/search/skill-search.ts';
import type { CatalogueInfo } from '../../catalog/contracts/schemas.ts';
import type { Role } from '../../accounts/domain/users.ts';
import type { PortfolioView } from '../../portfolio/contracts/schemas.ts';
import type { FicheItem } from '../../portfolio/domain/proposals.ts';
import type { ConsultantToday } from '../../dashboards/contracts/schemas.ts';
import type { ReachedBilan } from '../../bilans/data/bilan-access.ts';

/** ROME catalogue (issue 4): what the search reads in memory. */
export interface CatalogueIndexes {
  info: CatalogueInfo;
  jobs: JobSearchIndex;
  skills: SkillSearchIndex;
}

export interface CachedSession {
  user: SessionUser & { role: Role };
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
}

export class Caches {
  readonly sessions = new ReadCache<CachedSession>({ maxAgeMs: 60_000, maxEntries: 50_000 });
  readonly homes = new ReadCache<ConsultantHome>({ maxAgeMs: 60_000, maxEntries: 10_000 });
  /** « Aujourd'hui » of each consultant: it reads the clock, so it is kept a minute at most. */
  readonly todays = new ReadCache<ConsultantToday>({ maxAgeMs: 60_000, maxEntries: 10_000 });
  readonly portfolios = new ReadCache<PortfolioView>({ maxAgeMs: 60_000, maxEntries: 1_000 });
  readonly ficheItems = new ReadCache<FicheItem[]>({ maxAgeMs: 60_000, maxEntries: 2_000 });
  /** Who reaches which bilan (`readBilanCached`), tagged by organisation like the views it guards. */
  readonly reachedBilans = new ReadCache<ReachedBilan>({ maxAgeMs: 60_000, maxEntries: 20_000 });
  // ROME catalogue (issue 4): search indexes, always on (checked against the database's stamp).
  readonly catalogue = new CatalogueCache<CatalogueIndexes>();

  setEnabled(enabled: boolean): void {
    this.sessions.setEnabled(enabled);
    this.homes.setEnabled(enabled);
    this.todays.setEnabled(enabled);
    this.portfolios.setEnabled(enabled);
    this.ficheItems.setEnabled(enabled);
    this.reachedBilans.setEnabled(enabled);
  }

  /** From 'sillage_changes': something of this organisation changed. */
  organisationChanged(organisationId: string): void {
    this.homes.invalidateTag(`org:${organisationId}`);
    this.todays.invalidateTag(`org:${organisationId}`);
    this.portfolios.invalidateTag(`org:${organisationId}`);
    this.reachedBilans.invalidateTag(`org:${organisationId}`);
  }

  /** From 'sillage_sessions': 'session:<hex>', 'user:<id>' or 'org:<id>'. */
  sessionsChanged(payload: string): void {
    this.sessions.invalidateTag(payload);
  }
}

/** Caches that stay off: for tests that do not exercise caching. */
export function disabledCaches(): Caches {
  return new Caches();
}
