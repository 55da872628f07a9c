/**
 * The beneficiary's own domains of competence (issue 12 § 4): created in their words or starting
 * from a ROME macro-compétence, renamed, deleted (their competences stay, without domain). The
 * competences are placed in a domain from their form.
 */
import { useState } from 'react';
import { portfolioEndpoints } from '../contracts/endpoints.ts';
import { DomainSchema, type DomainView } from '../contracts/schemas.ts';
import { call } from '../../ui/api.ts';
import { ConfirmDialog } from '../../ui/Dialog.tsx';
import { Form, TextField, useSubmit } from '../../ui/Form.tsx';
import { formatDateTime } from '../../ui/format.ts';
import { useToast } from '../../ui/Toast.tsx';
import { OnDemand } from '../../bilans/web/dossier/on-demand.tsx';
import { authorship, focusLater, usePortfolio } from './context.ts';
import { RomeCredit, SkillField } from './rome-fields.tsx';

function DomainForm({ domain, onDone }: { domain: DomainView | null; onDone: (saved: DomainView) => void }) {
  const { bilanId, refresh } = usePortfolio();
  const [label, setLabel] = useState(domain?.label ?? '');
  const [macro, setMacro] = useState<{ code: string; label: string } | null>(null);
  const key = domain ? domain.id.slice(0, 8) : 'nouveau';
  const name = `domaine-${key}`;
  const { errors, pending, submit } = useSubmit(
    DomainSchema,
    async (data) => (await call(portfolioEndpoints.saveDomain, { params: { id: bilanId }, body: data })).domain,
    (saved) => {
      void refresh().then(() => onDone(saved));
    },
  );
  const fields = errors ? (errors.fields['label'] ? { [name]: errors.fields['label'] } : {}) : {};
  return (
    <Form
      onSubmit={() =>
        void submit({
          id: domain?.id,
          revision: domain?.revision ?? 0,
          label,
          macroCodeOgr: domain ? domain.macroCodeOgr : (macro?.code ?? null),
        })
      }
      errors={errors ? { ...errors, fields } : null}
      labels={{ [name]: 'Nom du domaine' }}
      submitLabel={domain ? 'Renommer le domaine' : 'Créer le domaine'}
      pending={pending}
      note={null}
    >
      {domain ? null : (
        <>
          <SkillField
            name={`${name}-macro`}
            label="Partir d’un grand ensemble de compétences du ROME"
            hint="Par exemple « Elaborer, suivre et piloter un budget » : son nom est repris, vous pouvez le changer."
            onlyMacro
            onChoose={(hit) => {
              setMacro({ code: hit.codeOgr, label: hit.label });
              setLabel(hit.label);
            }}
          />
          {macro ? (
            <>
              <p>
                Point de départ : <strong>{macro.label}</strong>
              </p>
              <RomeCredit />
            </>
          ) : null}
        </>
      )}
      <TextField
        name={name}
        label="Nom du domaine"
        hint="Avec vos mots : « Relation avec le public », « Gestion et organisation »…"
        value={label}
        error={fields[name]}
        onChange={setLabel}
      />
    </Form>
  );
}

function DomainItem({ domain, count }: { domain: DomainView; count: number }) {
  const { bilanId, editable, refresh } = usePortfolio();
  const toast = useToast();
  return (
    <li className="portfolio-item">
      <h3 id={`domaine-${domain.id}`} tabIndex={-1}>
        {domain.label}
      </h3>
      <p className="muted">
        {count === 0 ? 'Aucune compétence' : `${count} compétence${count > 1 ? 's' : ''}`} ·{' '}
        {authorship(domain, formatDateTime)}
      </p>
      {editable ? (
        <div className="button-row">
          <OnDemand
            level={4}
            opener={
              <>
                Renommer<span className="visually-hidden"> « {domain.label} »</span>
              </>
            }
            title={`Renommer « ${domain.label} »`}
          >
            {(close) => (
              <DomainForm
                domain={domain}
                onDone={(saved) => {
                  close();
                  toast(`Le domaine s’appelle maintenant « ${saved.label} ».`);
                  focusLater(`domaine-${saved.id}`);
                }}
              />
            )}
          </OnDemand>
          <ConfirmDialog
            triggerLabel="Supprimer"
            triggerVariant="quiet"
            title={`Supprimer le domaine « ${domain.label} » ?`}
            irreversible="Le domaine sera effacé définitivement ; ses compétences restent dans le portefeuille, sans domaine."
            confirmLabel="Supprimer le domaine"
            onConfirm={async () => {
              await call(portfolioEndpoints.deleteDomain, { params: { id: bilanId, itemId: domain.id } });
              await refresh();
              toast(`Le domaine « ${domain.label} » est supprimé.`);
              focusLater('domaines-titre');
            }}
          />
        </div>
      ) : null}
    </li>
  );
}

export function DomainsSection() {
  const { editable, portfolio, viewer } = usePortfolio();
  const toast = useToast();
  const domains = [...portfolio.domains].sort((a, b) => a.position - b.position);
  return (
    <section aria-labelledby="domaines-titre" className="portfolio-part">
      <h2 id="domaines-titre" tabIndex={-1}>
        {viewer === 'beneficiary' ? 'Mes domaines de compétences' : 'Domaines de compétences'}
      </h2>
      <p className="muted">
        Des ensembles de compétences qui vont ensemble, nommés avec vos mots. Une compétence se range dans un domaine
        depuis « Modifier ».
      </p>
      {domains.length > 0 ? (
        <ul className="portfolio-list portfolio-domains">
          {domains.map((domain) => (
            <DomainItem
              key={domain.id}
              domain={domain}
              count={portfolio.competences.filter((c) => c.domainId === domain.id).length}
            />
          ))}
        </ul>
      ) : (
        <p>Aucun domaine pour l’instant.</p>
      )}
      {editable ? (
        <OnDemand opener="Créer un domaine" title="Nouveau domaine de compétences">
          {(close) => (
            <DomainForm
              domain={null}
              onDone={(saved) => {
                close();
                toast(`Le domaine « ${saved.label} » est créé.`);
                focusLater(`domaine-${saved.id}`);
              }}
            />
          )}
        </OnDemand>
      ) : null}
    </section>
  );
}
