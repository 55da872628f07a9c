/**
 * `npm run db:new -- <name>`: creates the next numbered SQL migration file.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { MIGRATIONS_DIR } from '../../platform/db/migrate.ts';

const name = (process.argv[2] ?? '')
  .toLowerCase()
  .replace(/[^a-z0-9]+/g, '_')
  .replace(/^_+|_+$/g, '');
if (!name) {
  console.error('Usage : npm run db:new -- <nom_de_la_migration>');
  process.exit(1);
}
const last = readdirSync(MIGRATIONS_DIR)
  .map((f) => /^(\d{4})_/.exec(f)?.[1])
  .filter((n): n is string => Boolean(n))
  .map(Number)
  .reduce((a, b) => Math.max(a, b), 0);
const file = path.join(MIGRATIONS_DIR, `${String(last + 1).padStart(4, '0')}_${name}.sql`);
writeFileSync(file, `-- ${name.replaceAll('_', ' ')}\n`, { flag: 'wx' });
console.log(
  `Créée : ${path.relative(process.cwd(), file)} (écrivez-la, puis lancez npm run db:types pour régénérer les types de la base)`,
);
