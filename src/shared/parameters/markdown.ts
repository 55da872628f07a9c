/**
 * The parameter table as Markdown, for docs/JOURNEY.md (a test keeps the document in step with
 * the table Sillage ships: `node --import tsx src/app/cli/docs-parameters.ts` rewrites it).
 */
import { formatBasisPointsFr, formatDateFr, formatEurosFr, formatMinutesFr, pluralFr } from '../rules/format.ts';
import { PARAMETER_DEFINITIONS, type ParameterEntry } from './definitions.ts';

const KIND_LABELS = { law: 'loi', funder_terms: 'CGU Mon Compte Formation', setting: 'réglage' } as const;

export function formatParameterValue(entry: Pick<ParameterEntry, 'unit' | 'value'>): string {
  switch (entry.unit) {
    case 'minutes':
      return formatMinutesFr(entry.value);
    case 'cents':
      return formatEurosFr(entry.value);
    case 'basis_points':
      return formatBasisPointsFr(entry.value);
    case 'working_days':
      return pluralFr(entry.value, 'jour ouvré', 'jours ouvrés');
    case 'calendar_days':
      return pluralFr(entry.value, 'jour', 'jours');
    case 'months':
      return `${entry.value} mois`;
    case 'years':
      return pluralFr(entry.value, 'an', 'ans');
    case 'count':
      return String(entry.value);
  }
}

const cell = (text: string) => text.replaceAll('|', '\\|').replaceAll('\n', ' ');

export function parameterTableMarkdown(entries: readonly ParameterEntry[]): string {
  const lines = [
    '| Paramètre | Clé | Valeur | En vigueur | Nature | Certitude | Source |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const entry of entries) {
    const period = entry.effectiveTo
      ? `du ${formatDateFr(entry.effectiveFrom)} au ${formatDateFr(entry.effectiveTo)}`
      : `depuis le ${formatDateFr(entry.effectiveFrom)}`;
    const definition = PARAMETER_DEFINITIONS[entry.key];
    lines.push(
      `| ${cell(definition.label)} | \`${entry.key}\` | ${cell(formatParameterValue(entry))} | ${period} | ${KIND_LABELS[definition.kind]} | ${entry.certainty} | ${cell(entry.source)}${entry.note ? ` (${cell(entry.note)})` : ''} |`,
    );
  }
  return lines.join('\n');
}
