/**
 * « Bilan pédagogique et financier » (Cerfa 10443, legal.md BPF-01 and BPF-02; decision 051): the
 * figures of a financial year in the form's frames and lines, what is missing (each with a way to
 * fill it), the CSV and PDF downloads, and the filing date. Aggregates only: no bilan content.
 */
import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { call, urlOf } from '../../ui/api.ts';
import { Page } from '../../ui/Page.tsx';
import { LoadError, Loading, Notice } from '../../ui/Feedback.tsx';
import { ResponsiveTable } from '../../ui/TableRegion.tsx';
import { Form, SelectField, useSubmit } from '../../ui/Form.tsx';
import { DateField, longFrenchDate } from '../../ui/DateField.tsx';
import { Button } from '../../ui/Button.tsx';
import { FINANCING_LABELS } from '../../financing/contracts/labels.ts';
import { formatEurosFr, pluralFr } from '../../shared/rules/format.ts';
import { CATEGORY_LABELS, CATEGORY_LINES } from '../domain/categories.ts';
import { PAYER_LINE_LABELS } from '../domain/payer-lines.ts';
import { NSF_CODE, NSF_LABEL, hoursFr, type RevenueGapReason } from '../domain/figures.ts';
import { DEFINITIONS } from '../domain/export.ts';
import { bpfEndpoints } from '../contracts/endpoints.ts';
import { FilingSchema, type BpfView } from '../contracts/schemas.ts';
import { bpfKeys } from './query-keys.ts';
import { CategoryForm } from './category-field.tsx';

const REVENUE_GAP: Record<RevenueGapReason, string> = {
  price_missing: 'prix du bilan non renseigné dans son financement : à compléter par sa ou son consultant·e',
  not_paid: 'financement refusé, abandonné ou annulé : vérifiez ce qui a été facturé et à qui',
  no_line: 'financement sans ligne du cadre C : à ventiler à la main',
};

const hours = (minutes: number) => `${hoursFr(minutes)}\u00a0h`;
const trainees = (n: number) => pluralFr(n, 'stagiaire', 'stagiaires');

export function AdminBpfPage() {
  const thisYear = new Date().getFullYear();
  const [search, setSearch] = useSearchParams();
  const asked = Number(search.get('annee'));
  const year = Number.isInteger(asked) && asked >= 2000 && asked <= thisYear ? asked : thisYear - 1;
  const years = Array.from({ length: 6 }, (_, i) => thisYear - i);
  const data = useQuery({
    queryKey: bpfKeys.year(year),
    queryFn: () => call(bpfEndpoints.figures, { params: { year: String(year) } }),
  });
  return (
    <Page
      title="Bilan pédagogique et financier"
      intro={
        <p>
          Les chiffres à reporter chaque année sur Mon Activité Formation (Cerfa 10443), avant le 31 mai, pour
          l’exercice précédent. Vérifiez-les, complétez ce qui manque, puis indiquez la date de dépôt.
        </p>
      }
    >
      <SelectField
        name="annee"
        label="Exercice"
        value={String(year)}
        onChange={(value) => setSearch({ annee: value })}
        options={years.map((y) => ({ value: String(y), label: `${y}${y === thisYear ? ' (en cours)' : ''}` }))}
      />
      {data.isPending ? <Loading /> : data.isError ? <LoadError error={data.error} /> : <Figures view={data.data} />}
    </Page>
  );
}

function Figures({ view }: { view: BpfView }) {
  const f = view.figures;
  const y = f.year.year;
  const client = useQueryClient();
  const refresh = () => void client.invalidateQueries({ queryKey: bpfKeys.all });
  const gaps = f.gaps.missingCategory.length + f.gaps.revenue.length;
  return (
    <>
      <p>
        Exercice du {longFrenchDate(f.year.from)} au {longFrenchDate(f.year.to)}.{' '}
        {view.filing ? `Déclaré le ${longFrenchDate(view.filing.filedOn)}.` : 'Pas encore marqué comme déclaré.'}
      </p>
      {f.consistent ? (
        <Notice tone="success">
          <p>
            Les totaux des cadres F-1, F-3 et F-4 concordent : {trainees(f.frameF3e.trainees)},{' '}
            {hours(f.frameF3e.minutes)}.
          </p>
        </Notice>
      ) : (
        <Notice tone="warning">
          <p>
            Les totaux des cadres F-1 ({trainees(f.frameF1.total.trainees)}, {hours(f.frameF1.total.minutes)}) et F-3 (
            {trainees(f.frameF3e.trainees)}, {hours(f.frameF3e.minutes)}) ne concordent pas : renseignez la situation
            des bénéficiaires listés ci-dessous.
          </p>
        </Notice>
      )}

      <section aria-labelledby="a-completer">
        <h2 id="a-completer">À compléter</h2>
        {gaps === 0 ? <p>Rien ne manque pour cet exercice.</p> : null}
        {f.gaps.missingCategory.length > 0 ? (
          <>
            <h3>Situation des bénéficiaires (cadre F-1)</h3>
            <ul className="bpf-gaps">
              {f.gaps.missingCategory.map((g) => (
                <li key={g.bilanId}>
                  <p>
                    <strong>{g.beneficiaryName}</strong> — {FINANCING_LABELS[g.financing]}, {hours(g.minutes)} sur
                    l’exercice
                  </p>
                  <CategoryForm
                    bilanId={g.bilanId}
                    initial={null}
                    label={`Situation de ${g.beneficiaryName}`}
                    onSaved={refresh}
                  />
                </li>
              ))}
            </ul>
          </>
        ) : null}
        {f.gaps.revenue.length > 0 ? (
          <>
            <h3>Produits à vérifier (cadre C)</h3>
            <ul>
              {f.gaps.revenue.map((g) => (
                <li key={g.bilanId}>
                  <strong>{g.beneficiaryName}</strong> ({FINANCING_LABELS[g.financing]}) : {REVENUE_GAP[g.reason]}.
                </li>
              ))}
            </ul>
          </>
        ) : null}
        {f.frameC.vatUnknown ? (
          <p>
            Le régime de TVA de l’organisme n’est pas renseigné : les montants sont repris tels quels (TTC).{' '}
            <a href="/admin/organisme">Compléter le profil de l’organisme</a>
          </p>
        ) : null}
      </section>

      <section aria-labelledby="cadre-c">
        <h2 id="cadre-c">Cadre C — Origine des produits de l’organisme (hors taxes)</h2>
        <ResponsiveTable
          caption={`Cadre C, exercice ${y}`}
          rows={[
            ...f.frameC.lines.map((l) => ({
              key: l.line,
              line: l.line,
              label: PAYER_LINE_LABELS[l.line],
              cents: l.amountCents,
            })),
            {
              key: 'total',
              line: 'Total',
              label: 'Total des produits au titre de la formation professionnelle',
              cents: f.frameC.totalCents,
            },
          ]}
          rowKey={(r) => r.key}
          columns={[
            { header: 'Ligne', cell: (r) => r.line },
            { header: 'Origine', cell: (r) => r.label },
            { header: 'Montant HT', cell: (r) => formatEurosFr(r.cents) },
          ]}
        />
      </section>

      <section aria-labelledby="cadre-e">
        <h2 id="cadre-e">Cadre E — Personnes dispensant des heures</h2>
        <ResponsiveTable
          caption={`Cadre E, exercice ${y}`}
          rows={[
            { key: 'internes', label: 'Personnes de l’organisme (salariées)', ...f.frameE.internal },
            { key: 'externes', label: 'Personnes extérieures (sous-traitance, indépendant·es)', ...f.frameE.external },
          ]}
          rowKey={(r) => r.key}
          columns={[
            { header: 'Personnes', cell: (r) => r.label },
            { header: 'Nombre', cell: (r) => r.people },
            { header: 'Heures dispensées', cell: (r) => hours(r.minutes) },
          ]}
        />
        {f.frameE.consultants.length > 0 ? (
          <ResponsiveTable
            caption={`Consultant·es ayant dispensé des heures en ${y}`}
            captionVisible
            rows={f.frameE.consultants}
            rowKey={(c) => c.id}
            columns={[
              { header: 'Consultant·e', cell: (c) => c.name },
              { header: 'Heures', cell: (c) => hours(c.minutes) },
              { header: 'Statut', cell: (c) => (c.external ? 'Externe' : 'Interne') },
              {
                header: 'Action',
                isActions: true,
                cell: (c) => <StatusButton year={y} consultant={c} onChanged={refresh} />,
              },
            ]}
          />
        ) : null}
      </section>

      <section aria-labelledby="cadre-f">
        <h2 id="cadre-f">Cadre F — Stagiaires et heures suivies</h2>
        <ResponsiveTable
          caption={`Cadre F-1, type de stagiaires, exercice ${y}`}
          captionVisible
          rows={[
            ...f.frameF1.lines.map((l) => ({
              key: l.category,
              line: CATEGORY_LINES[l.category],
              label: CATEGORY_LABELS[l.category],
              trainees: l.trainees,
              minutes: l.minutes,
            })),
            ...(f.frameF1.missing.trainees > 0
              ? [{ key: 'manquante', line: '—', label: 'Situation non renseignée (à compléter)', ...f.frameF1.missing }]
              : []),
            { key: 'total', line: 'Total', label: 'Total F-1 (lignes a à e)', ...f.frameF1.total },
          ]}
          rowKey={(r) => r.key}
          columns={[
            { header: 'Ligne', cell: (r) => r.line },
            { header: 'Stagiaires', cell: (r) => r.label },
            { header: 'Nombre', cell: (r) => r.trainees },
            { header: 'Heures suivies', cell: (r) => hours(r.minutes) },
          ]}
        />
        <ResponsiveTable
          caption={`Cadres F-2, F-3, F-4 et G, exercice ${y}`}
          captionVisible
          rows={[
            {
              key: 'f2',
              frame: 'F-2',
              label: 'Dont activité confiée à un autre organisme (non suivie : 0)',
              ...f.frameF2,
            },
            { key: 'f3', frame: 'F-3, ligne e', label: 'Bilans de compétences', ...f.frameF3e },
            { key: 'f4', frame: `F-4, NSF ${NSF_CODE}`, label: NSF_LABEL, ...f.frameF4 },
            { key: 'g', frame: 'G', label: 'Stagiaires confiés par un autre organisme (non suivi : 0)', ...f.frameG },
          ]}
          rowKey={(r) => r.key}
          columns={[
            { header: 'Cadre', cell: (r) => r.frame },
            { header: 'Intitulé', cell: (r) => r.label },
            { header: 'Nombre', cell: (r) => r.trainees },
            { header: 'Heures', cell: (r) => hours(r.minutes) },
          ]}
        />
      </section>

      <section aria-labelledby="telecharger">
        <h2 id="telecharger">Télécharger</h2>
        <ul>
          <li>
            <a href={urlOf(bpfEndpoints.csv, { params: { year: String(y) } })} download>
              Tableau pour Excel ({`bpf-${y}.csv`})
            </a>
          </li>
          <li>
            <a href={urlOf(bpfEndpoints.pdf, { params: { year: String(y) } })} download>
              Document imprimable ({`bpf-${y}.pdf`})
            </a>
          </li>
        </ul>
      </section>

      <FilingSection view={view} onSaved={refresh} />

      <section aria-labelledby="definitions">
        <h2 id="definitions">Comment ces chiffres sont comptés</h2>
        <ul>
          {DEFINITIONS.map((d) => (
            <li key={d}>{d}</li>
          ))}
        </ul>
      </section>
    </>
  );
}

function StatusButton({
  year,
  consultant,
  onChanged,
}: {
  year: number;
  consultant: { id: string; name: string; external: boolean };
  onChanged: () => void;
}) {
  const [pending, setPending] = useState(false);
  return (
    <Button
      variant="quiet"
      isDisabled={pending}
      onPress={() => {
        setPending(true);
        void call(bpfEndpoints.consultantStatus, {
          params: { year: String(year), id: consultant.id },
          body: { external: !consultant.external },
        })
          .then(onChanged)
          .finally(() => setPending(false));
      }}
    >
      {consultant.external ? `Compter ${consultant.name} comme interne` : `Compter ${consultant.name} comme externe`}
    </Button>
  );
}

function FilingSection({ view, onSaved }: { view: BpfView; onSaved: () => void }) {
  const [filedOn, setFiledOn] = useState(view.filing?.filedOn ?? '');
  const [done, setDone] = useState<string | null>(null);
  const y = view.figures.year.year;
  const { errors, pending, submit } = useSubmit(
    FilingSchema,
    (data) => call(bpfEndpoints.file, { params: { year: String(y) }, body: data }),
    (result) => {
      setDone(`Déclaration enregistrée au ${longFrenchDate(result.filedOn)}.`);
      onSaved();
    },
  );
  return (
    <section aria-labelledby="declaration">
      <h2 id="declaration">Déclaré le</h2>
      {!view.closed ? (
        <p>
          L’exercice {y} n’est pas encore clos : sa déclaration se fera à partir du 1er janvier {y + 1}.
        </p>
      ) : (
        <>
          {!view.figures.consistent ? (
            <p>
              Complétez d’abord la situation des bénéficiaires : la déclaration ne peut être enregistrée tant que les
              totaux F-1, F-3 et F-4 ne concordent pas.
            </p>
          ) : null}
          <Form
            onSubmit={() => void submit({ filedOn })}
            errors={errors}
            labels={{ filedOn: 'Date de dépôt sur Mon Activité Formation' }}
            submitLabel={view.filing ? 'Corriger la date de dépôt' : 'Enregistrer la date de dépôt'}
            pending={pending}
            done={done}
          >
            <DateField
              name="filedOn"
              label="Date de dépôt sur Mon Activité Formation"
              value={filedOn}
              onChange={setFiledOn}
              error={errors?.fields.filedOn}
            />
          </Form>
        </>
      )}
    </section>
  );
}
