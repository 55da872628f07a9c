/**
 * The consultant's library (`/consultant/cahiers`): their own worksheets (open, preview, delete),
 * the built-in models (outline of their questions, preview, « Copier et adapter ») and the
 * instruments Sillage ships, read-only with their source and licence.
 */
import { useEffect, useRef, useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { FilePen } from 'lucide-react';
import { QUESTION_TYPE_LABELS } from '../../questionnaires/contracts/schemas.ts';
import { type LibraryView } from '../contracts/schemas.ts';
import { ApiError, call } from '../../ui/api.ts';
import { worksheetEndpoints } from '../contracts/endpoints.ts';
import { worksheetKeys } from './query-keys.ts';
import { Confirm, LoadError, Loading, Notice } from '../../ui/Feedback.tsx';
import { Page } from '../../ui/Page.tsx';
import { ResponsiveTable } from '../../ui/TableRegion.tsx';
import { EmptyState } from '../../ui/Card.tsx';
import { formatDateTime } from '../../ui/format.ts';
import { useWorksheetDrafts } from './editor/storage.ts';
import { CopyModel } from './copy-model.tsx';
import './editor/editor.css';

type Own = LibraryView['own'][number];

function OwnWorksheets({ own, onDeleted }: { own: Own[]; onDeleted: (title: string) => void }) {
  const { readDraft, forgetDraft } = useWorksheetDrafts();
  const [deleting, setDeleting] = useState<Own | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const remove = async (w: Own) => {
    setPending(true);
    try {
      await call(worksheetEndpoints.remove, { params: { id: w.id } });
      forgetDraft(w.id);
      setDeleting(null);
      setError(null);
      onDeleted(w.title);
    } catch (e) {
      setError(e instanceof ApiError ? e.message : 'La suppression n’a pas abouti. Réessayez dans un instant.');
    } finally {
      setPending(false);
    }
  };
  const cancel = () => {
    const id = deleting?.id;
    setDeleting(null);
    setError(null);
    if (id) requestAnimationFrame(() => document.getElementById(`supprimer-${id}`)?.focus());
  };
  if (own.length === 0) {
    return (
      <EmptyState headingLevel={3} title="Aucun cahier à vous pour l’instant" icon={FilePen}>
        <p>Vous n’avez pas encore de cahier à vous. Copiez un modèle ci-dessous pour l’adapter à votre pratique.</p>
      </EmptyState>
    );
  }
  return (
    <>
      <ResponsiveTable
        caption="Mes cahiers : titre, version, modèle d’origine, dernière modification et actions"
        rows={own}
        rowKey={(w) => w.id}
        columns={[
          {
            header: 'Titre',
            cell: (w) => (
              <>
                <Link to={`/consultant/cahiers/${w.id}`}>{w.title}</Link>
                {readDraft(w.id) ? (
                  <span className="local-edits">Modifications non enregistrées sur cet appareil</span>
                ) : null}
              </>
            ),
          },
          { header: 'Version', cell: (w) => w.version },
          { header: 'D’après le modèle', cell: (w) => w.basedOnTitle ?? w.basedOn },
          { header: 'Dernière modification', cell: (w) => formatDateTime(w.updatedAt) },
          {
            header: 'Actions',
            isActions: true,
            cell: (w) => (
              <div className="row-actions">
                <Link to={`/consultant/cahiers/${w.id}/apercu`}>
                  Aperçu<span className="visually-hidden"> de « {w.title} »</span>
                </Link>
                <button
                  type="button"
                  id={`supprimer-${w.id}`}
                  className="button small danger"
                  onClick={() => setDeleting(w)}
                >
                  Supprimer<span className="visually-hidden"> « {w.title} »</span>
                </button>
              </div>
            ),
          },
        ]}
      />
      {deleting ? (
        <Confirm
          key={deleting.id}
          id="confirmer-suppression"
          tone="danger"
          error={error}
          pending={pending}
          question={<>Supprimer « {deleting.title} » de votre bibliothèque ?</>}
          detail="Les cahiers déjà proposés à des bénéficiaires ne changent pas : ils gardent la version qu’ils ont reçue."
          confirmLabel={<>Supprimer « {deleting.title} »</>}
          onConfirm={() => void remove(deleting)}
          onCancel={cancel}
        />
      ) : null}
    </>
  );
}

function Models({ models }: { models: LibraryView['models'] }) {
  return (
    <ul className="model-list">
      {models.map((m) => (
        <li key={m.id} className="model-card">
          <h3>{m.title}</h3>
          <p className="model-meta">
            {m.estimatedMinutes ? `Environ ${m.estimatedMinutes} minutes · ` : ''}
            {m.questionCount} question{m.questionCount > 1 ? 's' : ''}
          </p>
          <p className="model-intro">{m.intro}</p>
          <details>
            <summary>
              Voir les questions<span className="visually-hidden"> de « {m.title} »</span>
            </summary>
            <ol className="outline">
              {m.sections.map((s, i) => (
                <li key={i}>
                  <strong>{s.title}</strong>
                  <ul>
                    {s.questions.map((q, j) => (
                      <li key={j}>
                        {q.label} <span className="question-type">({QUESTION_TYPE_LABELS[q.type].toLowerCase()})</span>
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ol>
          </details>
          <div className="button-row">
            <CopyModel modelId={m.id} modelTitle={m.title} />
            <Link className="button secondary" to={`/consultant/cahiers/modeles/${m.id}`}>
              Aperçu<span className="visually-hidden"> de « {m.title} »</span>
            </Link>
          </div>
        </li>
      ))}
    </ul>
  );
}

function Instruments({ instruments }: { instruments: LibraryView['instruments'] }) {
  return (
    <ResponsiveTable
      caption="Questionnaires et tests : titre, instrument et source, licence, nombre de questions et durée"
      rows={instruments}
      rowKey={(i) => i.id}
      columns={[
        { header: 'Questionnaire', cell: (i) => i.title },
        {
          header: 'Instrument et source',
          cell: (i) => (
            <div className="instrument-source">
              {i.name}, version {i.version}
              <br />
              <a href={i.source.url} rel="noreferrer">
                {i.source.citation}
              </a>
              <br />
              <span className="muted">{i.adaptation.charAt(0).toUpperCase() + i.adaptation.slice(1)}</span>
            </div>
          ),
        },
        { header: 'Licence', cell: (i) => i.source.licence },
        { header: 'Questions', cell: (i) => i.itemCount },
        { header: 'Durée', cell: (i) => (i.estimatedMinutes ? `environ ${i.estimatedMinutes} min` : '—') },
      ]}
    />
  );
}

export function WorksheetLibraryPage() {
  const client = useQueryClient();
  const library = useQuery({ queryKey: worksheetKeys.library, queryFn: () => call(worksheetEndpoints.library) });
  const [deleted, setDeleted] = useState<string | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (deleted) noticeRef.current?.focus();
  }, [deleted]);
  return (
    <Page
      title="Cahiers d’étape et questionnaires"
      intro={
        <p>
          Adaptez les modèles de cahiers d’étape à votre pratique : copiez-en un, modifiez ses questions, puis
          proposez-le depuis la page d’un bilan, section « Questionnaires et exercices ». Chaque enregistrement crée une
          nouvelle version ; un cahier déjà proposé garde la version qu’il a reçue.
        </p>
      }
    >
      {deleted ? (
        <div ref={noticeRef} tabIndex={-1} className="notice-focus">
          <Notice tone="success">
            <p>« {deleted} » est supprimé de votre bibliothèque.</p>
          </Notice>
        </div>
      ) : null}
      {library.isPending ? (
        <Loading />
      ) : library.isError ? (
        <LoadError error={library.error} />
      ) : (
        <>
          <section aria-labelledby="mes-cahiers">
            <h2 id="mes-cahiers">Mes cahiers</h2>
            <OwnWorksheets
              own={library.data.own}
              onDeleted={(title) => {
                setDeleted(title);
                void client.invalidateQueries({ queryKey: worksheetKeys.library });
              }}
            />
          </section>
          <section aria-labelledby="modeles">
            <h2 id="modeles">Modèles de cahiers d’étape</h2>
            <p>Écrits pour Sillage, dans l’ordre du bilan. Un modèle ne se modifie pas : sa copie vous appartient.</p>
            <Models models={library.data.models} />
          </section>
          <section aria-labelledby="questionnaires">
            <h2 id="questionnaires">Questionnaires et tests</h2>
            <p>
              Ils se proposent tels quels depuis la page d’un bilan : leurs questions et leur cotation suivent leur
              source et ne se modifient pas.
            </p>
            <Instruments instruments={library.data.instruments} />
          </section>
        </>
      )}
    </Page>
  );
}
