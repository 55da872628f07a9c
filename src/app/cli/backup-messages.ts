/** What `npm run backup` and `npm run restore` say that both share (docs/decisions/028-backups.md). */

/** Refusal with an external database: its own tools back it up. */
export function externalDatabaseRefusal(command: 'backup' | 'restore'): string {
  const [fr, en] = command === 'backup' ? ['Sauvegarde', 'Backup'] : ['Restauration', 'Restore'];
  return [
    `${fr} impossible : DATABASE_URL désigne un PostgreSQL externe, que Sillage ne sauvegarde pas lui-même · ${en} refused: DATABASE_URL points to an external PostgreSQL, which Sillage does not back up itself.`,
    'Utilisez les outils de PostgreSQL · Use PostgreSQL’s tools:',
    '  - pgBackRest (sauvegardes physiques, continues, restauration à un instant donné · physical, continuous backups, point-in-time recovery);',
    '  - ou · or pg_dump -Fc / pg_restore, de la même version majeure que le serveur · of the server’s major version.',
  ].join('\n');
}

/** A size in megabytes, in French (`45,6 Mo`) or English (`45.6 MB`) notation. */
export function formatBytes(bytes: number, language: 'fr' | 'en'): string {
  const mb = (bytes / (1024 * 1024)).toFixed(1);
  return language === 'fr' ? `${mb.replace('.', ',')} Mo` : `${mb} MB`;
}
