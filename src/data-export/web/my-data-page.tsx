/**
 * « Mes données » (decision 047): what the beneficiary's export holds, file by file, and the
 * download of the whole as one zip, at any time during the bilan and after it until its content
 * is destroyed. The notice of destruction links here.
 */
import { useQuery } from '@tanstack/react-query';
import { Download } from 'lucide-react';
import { Link } from 'react-router';
import { bilanEndpoints } from '../../bilans/contracts/endpoints.ts';
import { bilanKeys } from '../../bilans/web/query-keys.ts';
import { call, urlOf } from '../../ui/api.ts';
import { LoadError, Loading } from '../../ui/Feedback.tsx';
import { Page } from '../../ui/Page.tsx';
import { dataExportEndpoints } from '../contracts/endpoints.ts';
import { PART_DESCRIPTIONS, PART_GROUPS, README_FILE_NAME } from '../domain/contents.ts';
import './data-export.css';

export function MyDataPage() {
  const home = useQuery({ queryKey: bilanKeys.mine, queryFn: () => call(bilanEndpoints.mine) });
  const bilanId = home.data?.bilan?.id;
  return (
    <Page
      title="Mes données"
      intro={
        <p>
          Téléchargez en une fois tous les documents et toutes les données de votre bilan de compétences, pour les
          garder. Ils vous appartiennent : vous pouvez les conserver, les imprimer et les transmettre vous-même à qui
          vous le souhaitez (Code du travail, article L6313-4).
        </p>
      }
    >
      {home.isPending ? <Loading /> : null}
      {home.isError ? <LoadError error={home.error} /> : null}
      {home.data && !bilanId ? <p>Aucun bilan n’est ouvert à votre nom pour le moment.</p> : null}
      {bilanId ? (
        <>
          <section aria-labelledby="telecharger">
            <h2 id="telecharger">Télécharger mes données</h2>
            <p>
              Vous recevez un seul fichier compressé (.zip), à ouvrir sur votre ordinateur. Vous pouvez le télécharger
              autant de fois que vous le voulez, pendant votre bilan et après sa fin, jusqu’à la destruction de son
              contenu : pensez à l’enregistrer en lieu sûr avant.
            </p>
            <p className="button-row">
              <a className="button" href={urlOf(dataExportEndpoints.download, { params: { id: bilanId } })} download>
                <Download aria-hidden="true" />
                Télécharger toutes mes données (.zip)
              </a>
            </p>
          </section>
          <section aria-labelledby="contenu">
            <h2 id="contenu">Ce que contient le fichier</h2>
            <p>
              Ce qui n’existe pas encore dans votre bilan (par exemple une synthèse pas encore publiée) n’y figure pas :
              le fichier « {README_FILE_NAME} », joint, dit ce qui manque et pourquoi.
            </p>
            <ul className="data-export-parts">
              {PART_GROUPS.map((group) => (
                <li key={group.title}>
                  <strong>{group.title}.</strong> {group.parts.map((part) => PART_DESCRIPTIONS[part]).join(' ')}
                </li>
              ))}
              <li>
                <strong>Mode d’emploi.</strong> Le fichier « {README_FILE_NAME} » explique chaque document, la date du
                téléchargement et vos droits.
              </li>
            </ul>
          </section>
        </>
      ) : null}
      <p>
        <Link to="/mon-bilan">Retour à mon bilan</Link>
      </p>
    </Page>
  );
}
