/**
 * The recipient's page of a share (decision 045), opened from the e-mailed link without an
 * account: who shares what until when, and what opening does (once, then 30 minutes to
 * download). Opening starts the visit; the visit is kept for this tab (sessionStorage) so a reload
 * during it still shows the downloads, although the link itself is spent.
 */
import { useState } from 'react';
import { useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { Download, FolderOpen } from 'lucide-react';
import { ApiError, call, urlOf } from '../../ui/api.ts';
import { Button } from '../../ui/Button.tsx';
import { LoadError, Loading, Notice } from '../../ui/Feedback.tsx';
import { Page } from '../../ui/Page.tsx';
import { sharingEndpoints } from '../contracts/endpoints.ts';
import type { ShareVisit } from '../contracts/schemas.ts';
import { dayFr } from './labels.ts';
import { sharingKeys } from './query-keys.ts';
import './sharing.css';

const TITLE = 'Documents partagés avec vous';
const timeFr = new Intl.DateTimeFormat('fr-FR', { timeStyle: 'short', timeZone: 'Europe/Paris' });

function storedVisit(token: string): ShareVisit | null {
  try {
    const raw = sessionStorage.getItem(`partage:${token}`);
    const visit = raw ? (JSON.parse(raw) as ShareVisit) : null;
    return visit && new Date(visit.visitEndsAt) > new Date() ? visit : null;
  } catch {
    return null;
  }
}

export function RecipientPage() {
  const { token = '' } = useParams();
  const [visit, setVisit] = useState<ShareVisit | null>(() => storedVisit(token));
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const preview = useQuery({
    queryKey: sharingKeys.preview(token),
    queryFn: () => call(sharingEndpoints.preview, { params: { token } }),
    retry: false,
    enabled: visit === null,
  });
  const open = async () => {
    setPending(true);
    try {
      const opened = await call(sharingEndpoints.open, { params: { token } });
      try {
        sessionStorage.setItem(`partage:${token}`, JSON.stringify(opened));
      } catch {
        // Private browsing: the visit simply does not survive a reload.
      }
      setVisit(opened);
      setError(null);
    } catch (e) {
      setError(e instanceof ApiError ? e.message : 'Le lien n’a pas pu être ouvert. Réessayez dans un instant.');
    } finally {
      setPending(false);
    }
  };
  if (visit)
    return (
      <Page title={TITLE}>
        <Notice tone="success">
          <p>
            Le lien est ouvert. Vous pouvez télécharger les documents jusqu’à{' '}
            {timeFr.format(new Date(visit.visitEndsAt))} ; ensuite, ce lien ne fonctionnera plus.
          </p>
        </Notice>
        <ul className="share-downloads">
          {visit.documents.map(({ document, label }) => (
            <li key={document}>
              <a
                className="button primary"
                href={urlOf(sharingEndpoints.download, { params: { visit: visit.visit, document } })}
                download
              >
                <Download aria-hidden="true" />
                Télécharger : {label.charAt(0).toLowerCase() + label.slice(1)} (PDF)
              </a>
            </li>
          ))}
        </ul>
        <h2>Ensuite</h2>
        <p>
          Ces documents sont confidentiels : ne les transmettez pas à d’autres personnes et ne les conservez que le
          temps nécessaire à l’usage pour lequel ils vous ont été confiés. La personne qui les partage voit chaque
          téléchargement et peut retirer ce partage à tout moment. S’il vous faut les consulter à nouveau plus tard,
          demandez-lui de les partager de nouveau.
        </p>
      </Page>
    );
  if (preview.isPending)
    return (
      <Page title={TITLE}>
        <Loading />
      </Page>
    );
  if (preview.isError)
    return (
      <Page title="Lien indisponible">
        <LoadError error={preview.error} />
      </Page>
    );
  const p = preview.data;
  return (
    <Page
      title={TITLE}
      intro={
        <p>
          {p.beneficiaryName} réalise un bilan de compétences avec {p.organisationName} et a choisi de partager avec
          vous, {p.recipientName}, les documents suivants.
        </p>
      }
    >
      <ul>
        {p.documents.map(({ document, label }) => (
          <li key={document}>{label}</li>
        ))}
      </ul>
      <h2>Avant d’ouvrir</h2>
      <ul>
        <li>Ce lien ne s’ouvre qu’une fois, au plus tard le {dayFr(p.lastDay)}.</li>
        <li>
          Une fois ouvert, vous disposez de 30 minutes pour télécharger les documents ; gardez cette page ouverte.
        </li>
        <li>
          Ces documents sont confidentiels et vous sont confiés pour un usage précis. La personne qui les partage voit
          quand vous ouvrez le lien et ce que vous téléchargez.
        </li>
      </ul>
      {error ? (
        <div role="alert" className="notice notice-error">
          <p>{error}</p>
        </div>
      ) : null}
      <p>
        <Button variant="primary" icon={FolderOpen} onPress={() => void open()} isDisabled={pending}>
          Ouvrir les documents
        </Button>
      </p>
    </Page>
  );
}
