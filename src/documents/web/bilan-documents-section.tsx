/**
 * The bilan page's "Documents" section: produce the quote, the contract or convention and the
 * CPF order sheet from the organisation's data (after saying what they still need, with a link to
 * the form that fills it), follow their signatures, sign for the organisation, send the employer a
 * new signature link or have its signatory sign in person, and reach the certificate and the
 * funder's administrative view. Documents are shown in the page, beside the signing panel
 * (decision 037).
 */
import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { documentEndpoints } from '../contracts/endpoints.ts';
import type { DocumentView, EmployerLinkView, GENERATED_KINDS } from '../contracts/schemas.ts';
import { call, ApiError } from '../../ui/api.ts';
import { checklistFactChanged } from '../../bilans/web/query-keys.ts';
import { financingKeys } from '../../financing/web/query-keys.ts';
import { documentKeys } from './query-keys.ts';
import { LoadError, Loading } from '../../ui/Feedback.tsx';
import { formatDate } from '../../ui/format.ts';
import { DocumentPreviewPanel, DocumentTable } from './document-list.tsx';
import { SignDocumentForm } from './sign-document.tsx';
import { DocumentWithPanel, PdfPreview } from './pdf-preview.tsx';
import type { BilanSectionProps } from '../../bilans/web/section.ts';
import { isOpen } from '../../bilans/domain/phases.ts';
import { EmptyState } from '../../ui/Card.tsx';
import { FileText } from 'lucide-react';

type GeneratedKind = (typeof GENERATED_KINDS)[number];

/**
 * Where the employer's signature link stands, « Renvoyer » (a new link; the previous one stops
 * working), and the signature given in person when the named signatory is at the provider.
 */
function EmployerLink({
  link,
  convention,
  consultantName,
  onDone,
}: {
  link: EmployerLinkView;
  convention: DocumentView | undefined;
  consultantName: string;
  onDone: (message: string) => void;
}) {
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [inPerson, setInPerson] = useState(false);
  const resend = async () => {
    setPending(true);
    try {
      await call(documentEndpoints.resendEmployerLink, { params: { id: link.documentId } });
      setError(null);
      onDone('Un nouveau lien de signature est envoyé à l’employeur ; le précédent ne fonctionne plus.');
    } catch (e) {
      setError(e instanceof ApiError ? e.message : 'Le lien n’a pas pu être renvoyé. Réessayez.');
    } finally {
      setPending(false);
    }
  };
  const signer = link.signerName ?? 'la personne qui signe pour l’employeur';
  const Signer = signer.charAt(0).toUpperCase() + signer.slice(1);
  return (
    <div className="spaced">
      <p>
        Lien de signature de la {link.title.toLowerCase()} envoyé à l’employeur ({link.email}) le{' '}
        {formatDate(link.sentAt)} :{' '}
        {link.expired ? <strong>expiré</strong> : `valable jusqu’au ${formatDate(link.expiresAt)}`}.
      </p>
      {error ? (
        <p role="alert" className="field-error">
          {error}
        </p>
      ) : null}
      <div className="button-row">
        <button
          type="button"
          className="button secondary"
          onClick={() => void resend()}
          aria-disabled={pending || undefined}
        >
          Renvoyer le lien à l’employeur
        </button>
        {convention && !inPerson ? (
          <button type="button" className="button secondary" onClick={() => setInPerson(true)}>
            Faire signer l’employeur sur place
          </button>
        ) : null}
      </div>
      {convention && inPerson ? (
        <div>
          <h3>Signature de l’employeur sur place : {convention.title}</h3>
          <p>
            {Signer} est présent·e : la convention s’affiche ci-dessous ; {signer} la lit, tape son nom et la signe sur
            cet écran. La signature est enregistrée comme par le lien, avec la mention de votre présence ; le lien
            envoyé par courriel ne servira plus.
          </p>
          <DocumentWithPanel
            panelId="signature-employeur"
            preview={<PdfPreview url={convention.pdfUrl} title={convention.title} />}
            panel={
              <>
                <h4>Signature de {signer}</h4>
                <SignDocumentForm
                  title={convention.title}
                  sha256={convention.sha256}
                  target={{ inPersonDocumentId: convention.id }}
                  signer={signer}
                  consentLabel={`J’ai lu cette convention et je la signe électroniquement pour l’employeur, en présence de ${consultantName}.`}
                  onDone={(message) => {
                    setInPerson(false);
                    onDone(`${message} Signature de l’employeur donnée sur place.`);
                  }}
                />
                <p>
                  <button type="button" className="button secondary" onClick={() => setInPerson(false)}>
                    Annuler
                  </button>
                </p>
              </>
            }
          />
        </div>
      ) : null}
    </div>
  );
}

/** Opens the financing form (a closed disclosure) before the browser moves to its fields. */
function openFinancingForm() {
  const details = document.getElementById('deroulement-du-bilan')?.closest('details');
  if (details) details.open = true;
}

function MissingMentions({ missing }: { missing: { label: string; where: 'financing' | 'organisation' }[] }) {
  const financing = missing.filter((m) => m.where === 'financing');
  const organisation = missing.filter((m) => m.where === 'organisation');
  return (
    <div className="notice notice-warning">
      <p>
        <strong>Avant de produire le devis, le contrat ou la convention, il manque :</strong>
      </p>
      <ul className="warning-list">
        {financing.map((m) => (
          <li key={m.label}>{m.label}</li>
        ))}
        {organisation.map((m) => (
          <li key={m.label}>{m.label} (profil de l’organisme, à compléter par un·e administrateur·rice)</li>
        ))}
      </ul>
      {financing.length > 0 ? (
        <p>
          <a href="#deroulement-du-bilan" onClick={openFinancingForm}>
            Compléter les informations de financement du bilan
          </a>
        </p>
      ) : null}
    </div>
  );
}

export function DocumentsSection({ bilan, onChanged }: BilanSectionProps) {
  const client = useQueryClient();
  const docs = useQuery({
    queryKey: documentKeys.ofBilan(bilan.id),
    queryFn: () => call(documentEndpoints.list, { params: { id: bilan.id } }),
  });
  const [error, setError] = useState<string | null>(null);
  const [signing, setSigning] = useState<string | null>(null);
  const [previewed, setPreviewed] = useState<DocumentView | null>(null);
  const done = (message: string) => {
    setSigning(null);
    // A convention produced or signed moves the checklist and the financing record (sent, signed).
    void client.invalidateQueries({ queryKey: documentKeys.ofBilan(bilan.id) });
    checklistFactChanged(client, bilan.id);
    void client.invalidateQueries({ queryKey: financingKeys.ofBilan(bilan.id) });
    onChanged(message);
  };
  const generate = async (kind: string, title: string) => {
    try {
      await call(documentEndpoints.generate, { params: { id: bilan.id }, body: { kind: kind as GeneratedKind } });
      setError(null);
      done(
        `Le document « ${title} » est produit${kind === 'commande_cpf' ? '' : ' ; la ou le bénéficiaire est invité·e à le signer'}.`,
      );
    } catch (e) {
      setError(e instanceof ApiError ? e.message : 'Le document n’a pas pu être produit.');
    }
  };
  const open = isOpen(bilan.phase);
  const consultantName = `${bilan.consultant.firstName} ${bilan.consultant.lastName}`;
  return (
    <section aria-labelledby="documents">
      <h2 id="documents">Documents</h2>
      {docs.isPending ? (
        <Loading />
      ) : docs.isError ? (
        <LoadError error={docs.error} />
      ) : (
        <>
          {open && docs.data.missing.length > 0 ? <MissingMentions missing={docs.data.missing} /> : null}
          {open && docs.data.generatable.length > 0 ? (
            <div className="button-row" role="group" aria-label="Produire un document">
              {error ? (
                <p role="alert" className="field-error">
                  {error}
                </p>
              ) : null}
              {docs.data.generatable.map((g) => (
                <button key={g.kind} type="button" className="button" onClick={() => void generate(g.kind, g.title)}>
                  Produire : {g.title}
                </button>
              ))}
            </div>
          ) : null}
          {docs.data.documents.length === 0 ? (
            <EmptyState headingLevel={3} title="Aucun document pour le moment" icon={FileText}>
              <p>
                {open && docs.data.generatable.length > 0
                  ? 'Produisez le premier document du bilan avec l’un des boutons « Produire ».'
                  : 'Les documents du bilan (devis, convention, attestations) apparaîtront ici.'}
              </p>
            </EmptyState>
          ) : (
            <DocumentTable documents={docs.data.documents} caption="Documents du bilan" onPreview={setPreviewed} />
          )}
          {previewed ? <DocumentPreviewPanel document={previewed} onClose={() => setPreviewed(null)} /> : null}
          {docs.data.employerLink ? (
            <EmployerLink
              link={docs.data.employerLink}
              convention={docs.data.documents.find((d) => d.id === docs.data.employerLink?.documentId)}
              consultantName={consultantName}
              onDone={done}
            />
          ) : null}
          {docs.data.documents
            .filter((d) => d.awaitingMySignature)
            .map((d) =>
              signing === d.id ? (
                <div key={d.id}>
                  <h3>Signer pour l’organisme : {d.title}</h3>
                  <DocumentWithPanel
                    panelId={`signature-${d.id}`}
                    preview={<PdfPreview url={d.pdfUrl} title={d.title} />}
                    panel={
                      <>
                        <h4>Votre signature</h4>
                        <SignDocumentForm
                          title={d.title}
                          sha256={d.sha256}
                          target={{ documentId: d.id }}
                          signer={consultantName}
                          onDone={done}
                        />
                      </>
                    }
                  />
                </div>
              ) : (
                <p key={d.id}>
                  <button type="button" className="button primary" onClick={() => setSigning(d.id)}>
                    Signer pour l’organisme : {d.title}
                  </button>
                </p>
              ),
            )}
          <p>
            <Link to={`/consultant/bilans/${bilan.id}/suivi-financeur`}>
              Suivi administratif pour le financeur ou l’employeur
            </Link>
          </p>
        </>
      )}
    </section>
  );
}
