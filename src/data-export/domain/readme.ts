/**
 * « LISEZ-MOI.txt » (decision 047): in French, what each file of the export is, the day and hour
 * it was made, what is absent and why, that these documents are the beneficiary's (Code du
 * travail L6313-4: the results of a bilan belong to its beneficiary alone), and the ROME credit
 * when ROME content appears. Plain text, Windows line endings (Notepad reads it as it is).
 */
import { parsePlainDate } from '../../shared/calendar/plain-date.ts';
import { formatDateFr } from '../../shared/rules/format.ts';
import { FILE_NAMES, PART_ABSENT, PART_DESCRIPTIONS, PART_GROUPS, ROME_CREDIT, type ExportPart } from './contents.ts';

export interface ReadmeFacts {
  beneficiaryName: string;
  organisationName: string;
  /** Paris day (AAAA-MM-JJ) and time (HH:MM) of the export. */
  exportedOn: string;
  exportedAtTime: string;
  present: ReadonlySet<ExportPart>;
  /** The file names inside the documents' folder. */
  documents: readonly string[];
  /** Whether a ROME item (job sheet, appellation, competence) appears in the export. */
  romeContent: boolean;
  /** The Paris day the bilan's content was last destroyed (decision 046), if it was. */
  contentDestroyedOn?: string | null;
}

export function buildReadme(facts: ReadmeFacts): string {
  const destroyedOn = facts.contentDestroyedOn ? formatDateFr(parsePlainDate(facts.contentDestroyedOn)) : null;
  const lines: string[] = [
    'MES DONNÉES — BILAN DE COMPÉTENCES',
    '',
    `Export réalisé le ${formatDateFr(parsePlainDate(facts.exportedOn))} à ${facts.exportedAtTime.replace(':', ' h ')} (heure de Paris)`,
    `pour ${facts.beneficiaryName}, bilan de compétences avec ${facts.organisationName}.`,
    '',
    'Ces documents sont les vôtres. Les résultats d’un bilan de compétences appartiennent à la personne',
    'qui l’a suivi : ils ne peuvent être communiqués à quiconque (employeur, financeur…) sans son accord',
    '(Code du travail, article L6313-4). Vous pouvez les conserver, les imprimer et les transmettre',
    'vous-même à qui vous le souhaitez.',
    '',
    ...(destroyedOn
      ? [
          `Le contenu de votre bilan a été détruit le ${destroyedOn}, comme la loi le prévoit (Code du travail,`,
          'article R6313-7) : cet export ne contient plus que les documents administratifs et ce que vous avez',
          'demandé par écrit à conserver. Le certificat de destruction est consultable dans votre espace.',
        ]
      : [
          'Pensez à les enregistrer en lieu sûr : à la fin de la durée de conservation, le contenu de votre',
          'bilan est détruit et ne pourra plus être téléchargé.',
        ]),
    '',
    'CE QUE CONTIENT CE DOSSIER',
    '',
  ];
  for (const group of PART_GROUPS) {
    lines.push(`• ${group.title}`);
    const present = group.parts.filter((p) => facts.present.has(p));
    if (present.length === 0) {
      const administrative = group.parts.some((p) => p === 'seances_csv' || p === 'documents');
      const why =
        destroyedOn && !administrative
          ? `Détruit le ${destroyedOn}, à la fin du bilan.`
          : (group.parts.map((p) => PART_ABSENT[p]).find(Boolean) ?? 'Rien n’a encore été enregistré.');
      lines.push(`  Absent de cet export : ${why}`);
    }
    for (const part of present) {
      const name = part === 'documents' ? `${FILE_NAMES.documents}/` : FILE_NAMES[part];
      lines.push(`  ${name}`, `    ${PART_DESCRIPTIONS[part]}`);
      if (part === 'documents') for (const file of facts.documents) lines.push(`    - ${file}`);
    }
    lines.push('');
  }
  lines.push(
    'À PROPOS DES FICHIERS',
    '',
    '• Les fichiers PDF s’ouvrent avec n’importe quel lecteur de PDF.',
    '• Le fichier des séances (.csv) s’ouvre avec un tableur (Excel, LibreOffice Calc) ;',
    '  les colonnes sont séparées par des points-virgules.',
    '• Les fichiers .json sont destinés à un ordinateur : ils permettent de reprendre vos données dans un',
    '  autre outil (droit à la portabilité, article 20 du RGPD). Dans ceux du parcours, des pistes et du plan',
    '  d’action, chaque valeur codée est accompagnée de son libellé en français ; dans celui des réponses,',
    '  chaque réponse suit le texte de sa question.',
    '',
  );
  if (facts.romeContent)
    lines.push('Les métiers et compétences cités proviennent du répertoire ROME.', ROME_CREDIT, '');
  return `${lines.join('\r\n')}\r\n`;
}
