/**
 * The bilan page's « Tests passés chez un éditeur » section (decision 018): results of licensed
 * tests the beneficiary took with the provider's own licence, as the consultant records them with
 * the publisher's PDF. Sillage does not reproduce these tests. Correct or delete (with
 * confirmation) while the bilan is open; the form for a new result opens on demand. Focus goes to
 * the form opened, back to the button that opened it on cancel, and to the dossier's message after
 * a change.
 */
import { useEffect, useRef, useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { ExternalTestView } from '../contracts/schemas.ts';
import { externalTestEndpoints } from '../contracts/endpoints.ts';
import { ApiError, call } from '../../ui/api.ts';
import { Confirm, LoadError, Loading } from '../../ui/Feedback.tsx';
import { ResponsiveTable } from '../../ui/TableRegion.tsx';
import { EmptyState } from '../../ui/Card.tsx';
import { FlaskConical } from 'lucide-react';
import { formatDate } from '../../ui/format.ts';
import { ExternalTestForm } from './external-test-form.tsx';
import { externalTestKeys } from './query-keys.ts';
import { ReportLink, ScoreSummary } from './result-parts.tsx';
import type { BilanSectionProps } from '../../bilans/web/section.ts';
import { isOpen } from '../../bilans/domain/phases.ts';
import { OnDemand } from '../../bilans/web/dossier/on-demand.tsx';

type Mode = { kind: 'none' } | { kind: 'edit' | 'delete'; result: ExternalTestView };

const buttonId = (kind: 'edit' | 'delete', id: string) => `${kind === 'edit' ? 'modifier' : 'supprimer'}-test-${id}`;

function ConfirmDelete({
  result,
  onDone,
  onCancel,
}: {
  result: ExternalTestView;
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const remove = async () => {
    if (pending) return;
    setPending(true);
    try {
      await call(externalTestEndpoints.remove, { params: { id: result.id } });
      onDone(`Le résultat « ${result.testName} » est supprimé${result.report ? ', avec son rapport PDF' : ''}.`);
    } catch (e) {
      setError(e instanceof ApiError ? e.message : 'La suppression n’a pas abouti. Réessayez dans un instant.');
      setPending(false);
    }
  };
  return (
    <Confirm
      id="confirmer-suppression-test"
      error={error}
      pending={pending}
      question={
        <>
          Supprimer le résultat « {result.testName} » du {formatDate(result.takenOn)}
          {'\u00a0'}?
        </>
      }
      detail={`${result.report ? 'Le rapport PDF joint est supprimé aussi. ' : ''}La ou le bénéficiaire ne le verra plus ; cette suppression est définitive.`}
      confirmLabel="Supprimer définitivement"
      onConfirm={() => void remove()}
      onCancel={onCancel}
    />
  );
}

export function ExternalTestsSection({ bilan, onChanged }: BilanSectionProps) {
  const client = useQueryClient();
  const key = externalTestKeys.list(bilan.id);
  const list = useQuery({
    queryKey: key,
    queryFn: () => call(externalTestEndpoints.list, { params: { id: bilan.id } }),
  });
  const [mode, setMode] = useState<Mode>({ kind: 'none' });
  const [formKey, setFormKey] = useState(0);
  const [returnFocus, setReturnFocus] = useState<string | null>(null);
  const editHeading = useRef<HTMLHeadingElement>(null);
  const open = isOpen(bilan.phase);

  useEffect(() => {
    if (mode.kind === 'edit') editHeading.current?.focus();
  }, [mode]);
  useEffect(() => {
    if (returnFocus) {
      document.getElementById(returnFocus)?.focus();
      setReturnFocus(null);
    }
  }, [returnFocus]);

  const done = (message: string) => {
    setMode({ kind: 'none' });
    setFormKey((k) => k + 1);
    void client.invalidateQueries({ queryKey: key });
    onChanged(message);
  };
  const cancel = () => {
    if (mode.kind !== 'none') setReturnFocus(buttonId(mode.kind, mode.result.id));
    setMode({ kind: 'none' });
  };

  return (
    <section aria-labelledby="tests-editeurs">
      <h2 id="tests-editeurs">Tests passés chez un éditeur</h2>
      <p className="intro">
        Pour les tests sous licence que vous faites passer (Hexa3D, IRMR, PerformanSe…). Sillage ne reproduit pas ces
        tests : notez les résultats et joignez le rapport de l’éditeur. La ou le bénéficiaire les voit sur son espace,
        avec votre commentaire et le rapport.
      </p>
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <LoadError error={list.error} />
      ) : (
        <ResponsiveTable
          caption="Résultats des tests passés chez un éditeur"
          captionVisible
          rows={list.data.results}
          rowKey={(r) => r.id}
          empty={
            <EmptyState headingLevel={3} title="Aucun résultat pour l’instant" icon={FlaskConical}>
              <p>
                Aucun résultat de test d’éditeur n’est enregistré pour ce bilan.
                {open ? ' Après une passation, enregistrez ici le résultat et le rapport de l’éditeur.' : ''}
              </p>
            </EmptyState>
          }
          columns={[
            {
              header: 'Test',
              cell: (r) => (
                <>
                  {r.testName}
                  {r.consultantComment ? <p className="small muted result-comment">{r.consultantComment}</p> : null}
                </>
              ),
            },
            { header: 'Éditeur', cell: (r) => r.publisher },
            { header: 'Passé le', cell: (r) => formatDate(r.takenOn) },
            { header: 'Code et scores', cell: (r) => <ScoreSummary result={r} /> },
            { header: 'Rapport PDF', cell: (r) => <ReportLink result={r} text="Télécharger" /> },
            ...(open
              ? [
                  {
                    header: 'Actions',
                    isActions: true,
                    cell: (r: ExternalTestView) => (
                      <div className="row-actions">
                        <button
                          type="button"
                          id={buttonId('edit', r.id)}
                          className="button secondary small"
                          onClick={() => setMode({ kind: 'edit', result: r })}
                        >
                          Modifier<span className="visually-hidden"> le résultat « {r.testName} »</span>
                        </button>
                        <button
                          type="button"
                          id={buttonId('delete', r.id)}
                          className="button secondary small"
                          onClick={() => setMode({ kind: 'delete', result: r })}
                        >
                          Supprimer<span className="visually-hidden"> le résultat « {r.testName} »</span>
                        </button>
                      </div>
                    ),
                  },
                ]
              : []),
          ]}
        />
      )}
      {mode.kind === 'delete' ? <ConfirmDelete result={mode.result} onDone={done} onCancel={cancel} /> : null}
      {mode.kind === 'edit' ? (
        <div className="edit-panel">
          <h3 ref={editHeading} tabIndex={-1}>
            Modifier le résultat « {mode.result.testName} »
          </h3>
          <ExternalTestForm
            key={mode.result.id}
            bilanId={bilan.id}
            existing={mode.result}
            onDone={done}
            submitLabel="Enregistrer les modifications"
          />
          <p>
            <button type="button" className="button link-like" onClick={cancel}>
              Annuler la modification
            </button>
          </p>
        </div>
      ) : null}
      {open && mode.kind === 'none' ? (
        <OnDemand key={formKey} opener="Enregistrer un résultat" title="Enregistrer un résultat">
          {(close) => (
            <ExternalTestForm
              bilanId={bilan.id}
              onDone={(message) => {
                close();
                done(message);
              }}
              submitLabel="Enregistrer le résultat"
            />
          )}
        </OnDemand>
      ) : null}
      {!open ? <p>Le bilan est terminé : ces résultats ne peuvent plus être modifiés.</p> : null}
    </section>
  );
}
