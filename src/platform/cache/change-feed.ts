/**
 * Listens to PostgreSQL change notifications (migration 0003) on a dedicated connection and
 * invalidates the read caches. If the connection drops, the caches are switched off (and
 * emptied) until it is back, so a missed notification can never leave stale data in use.
 */
import pg from 'pg';
import type { Logger } from '../logger.ts';
import type { Caches } from './caches.ts';

export interface ChangeFeed {
  stop(): Promise<void>;
}

export async function startChangeFeed(connectionString: string, caches: Caches, log: Logger): Promise<ChangeFeed> {
  let client: pg.Client | undefined;
  let stopped = false;
  let retry: NodeJS.Timeout | undefined;

  const connect = async (): Promise<void> => {
    const next = new pg.Client({ connectionString, application_name: 'sillage-change-feed' });
    next.on('notification', (message) => {
      if (message.channel === 'sillage_changes' && message.payload) caches.organisationChanged(message.payload);
      if (message.channel === 'sillage_sessions' && message.payload) caches.sessionsChanged(message.payload);
    });
    next.on('error', (error) => {
      log.warn({ err: error }, 'Flux de changements PostgreSQL interrompu : caches désactivés');
      caches.setEnabled(false);
      void next.end().catch(() => undefined);
    });
    next.on('end', () => {
      caches.setEnabled(false);
      if (!stopped) retry = setTimeout(() => void connect().catch(onFailure), 1000);
    });
    await next.connect();
    await next.query('LISTEN sillage_changes');
    await next.query('LISTEN sillage_sessions');
    client = next;
    caches.setEnabled(true);
  };
  const onFailure = (error: unknown) => {
    log.warn({ err: error }, 'Reconnexion au flux de changements impossible : nouvel essai');
    if (!stopped) retry = setTimeout(() => void connect().catch(onFailure), 5000);
  };

  await connect();
  return {
    async stop() {
      stopped = true;
      clearTimeout(retry);
      caches.setEnabled(false);
      await client?.end().catch(() => undefined);
    },
  };
}
