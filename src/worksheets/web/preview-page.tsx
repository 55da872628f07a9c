/**
 * Previews: one of the consultant's worksheets (`/consultant/cahiers/:id/apercu`), with the
 * unsaved edits kept on this device when the engine accepts them, else the saved version; and a
 * built-in model (`/consultant/cahiers/modeles/:modelId`), with « Copier et adapter ».
 */
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { checkAuthoredDefinition } from '../../questionnaires/contracts/schemas.ts';
import { type LibraryWorksheet } from '../contracts/schemas.ts';
import { call } from '../../ui/api.ts';
import { worksheetEndpoints } from '../contracts/endpoints.ts';
import { worksheetKeys } from './query-keys.ts';
import { LoadError, Loading, Notice } from '../../ui/Feedback.tsx';
import { Page } from '../../ui/Page.tsx';
import { definitionOf, draftFrom } from './editor/draft.ts';
import { WorksheetPreview } from './editor/Preview.tsx';
import { useWorksheetDrafts, type StoredDraft } from './editor/storage.ts';
import { CopyModel } from './copy-model.tsx';
import { useLibraryWorksheet, WorksheetNotFound } from './load-worksheet.tsx';
import './editor/editor.css';

const TRY_IT =
  'Voici le cahier tel que la ou le bénéficiaire le verra. Vous pouvez essayer d’y répondre : rien n’est enregistré ni envoyé.';

/** The unsaved edits of this device, if the engine would save them as they are. */
function localEdits(worksheet: LibraryWorksheet, readDraft: (id: string) => StoredDraft | null) {
  const stored = readDraft(worksheet.id);
  if (!stored) return { state: 'none' as const };
  const edited = JSON.stringify(definitionOf(stored.draft));
  if (edited === JSON.stringify(definitionOf(draftFrom(worksheet.definition)))) return { state: 'none' as const };
  const check = checkAuthoredDefinition({
    ...definitionOf(stored.draft),
    id: worksheet.definition.id,
    version: worksheet.version + 1,
    kind: 'worksheet',
  });
  return check.ok ? { state: 'valid' as const, definition: check.definition } : { state: 'invalid' as const };
}

export function WorksheetPreviewPage() {
  const { id = '' } = useParams();
  const { readDraft } = useWorksheetDrafts();
  const worksheet = useLibraryWorksheet(id);
  if (worksheet.isPending)
    return (
      <Page title="Aperçu du cahier">
        <Loading />
      </Page>
    );
  if (worksheet.isError) return <WorksheetNotFound error={worksheet.error} />;
  const local = localEdits(worksheet.data, readDraft);
  const definition = local.state === 'valid' ? local.definition : worksheet.data.definition;
  return (
    <Page title={`Aperçu : ${definition.title}`}>
      <Notice>
        <p>{TRY_IT}</p>
        <p>
          {local.state === 'valid'
            ? 'Cet aperçu montre vos modifications non enregistrées.'
            : local.state === 'invalid'
              ? `Vos modifications non enregistrées sont à corriger dans l’éditeur : cet aperçu montre la version ${worksheet.data.version} enregistrée.`
              : `Cet aperçu montre la version ${worksheet.data.version} enregistrée.`}
        </p>
      </Notice>
      <p className="button-row">
        <Link className="button secondary" to={`/consultant/cahiers/${id}`}>
          Retour à l’édition
        </Link>
        <Link className="button secondary" to="/consultant/cahiers">
          Retour aux cahiers
        </Link>
      </p>
      <WorksheetPreview definition={definition} />
      <p>
        <Link to={`/consultant/cahiers/${id}`}>Retour à l’édition</Link>
      </p>
    </Page>
  );
}

export function ModelPreviewPage() {
  const { modelId = '' } = useParams();
  const model = useQuery({
    queryKey: worksheetKeys.model(modelId),
    queryFn: () => call(worksheetEndpoints.model, { params: { modelId } }),
    retry: false,
  });
  if (model.isPending)
    return (
      <Page title="Aperçu du modèle">
        <Loading />
      </Page>
    );
  if (model.isError) {
    return (
      <Page title="Modèle introuvable">
        <LoadError error={model.error} />
        <p>
          <Link to="/consultant/cahiers">Retour aux cahiers d’étape</Link>
        </p>
      </Page>
    );
  }
  const { definition } = model.data;
  return (
    <Page title={`Aperçu du modèle : ${definition.title}`}>
      <Notice>
        <p>{TRY_IT} Pour le modifier, copiez-le : votre copie vous appartient, le modèle ne change pas.</p>
      </Notice>
      <div className="button-row">
        <CopyModel modelId={definition.id} modelTitle={definition.title} />
        <Link className="button secondary" to="/consultant/cahiers">
          Retour aux cahiers
        </Link>
      </div>
      <WorksheetPreview definition={definition} />
    </Page>
  );
}
