/**
 * Choosing in the ROME catalogue: a job (its appellation) for an experience, a competence or a
 * macro-compétence for a competence or a domain. Comboboxes (react-aria, the catalogue's pattern in
 * catalog/web/job-search-box.tsx): suggestions as one types, arrows and Entrée; free words stay
 * possible beside them. The credit line of France Travail goes wherever ROME content shows.
 */
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ComboBox, Input, Label, ListBox, ListBoxItem, Popover, Text } from 'react-aria-components';
import { catalogEndpoints } from '../../catalog/contracts/endpoints.ts';
import { CATALOG_LIMIT_MAX, type JobSearchHit, type SkillSearchHit } from '../../catalog/contracts/schemas.ts';
import { Credit, useCatalogueInfo } from '../../catalog/web/catalogue-state.tsx';
import { useJobSearch } from '../../catalog/web/job-search-box.tsx';
import { catalogKeys } from '../../catalog/web/query-keys.ts';
import { call } from '../../ui/api.ts';
import { Button } from '../../ui/Button.tsx';
import { fieldId } from '../../ui/Form.tsx';

/** « Source : France Travail — ROME 4.0 … », under what the catalogue provided. */
export function RomeCredit() {
  const info = useCatalogueInfo();
  return <Credit text={info.data?.credit ?? 'Source : France Travail — ROME 4.0'} />;
}

function emptyText(text: string, fetching: boolean, answered: boolean, none: string): string {
  if (text.trim().length < 2) return 'Tapez au moins deux lettres.';
  return fetching || !answered ? 'Recherche en cours…' : none;
}

export interface Appellation {
  code: string;
  label: string;
}

/** The job of an experience, chosen among the ROME's appellations (or none: the title is free). */
export function AppellationField({
  name,
  value,
  onChange,
  error,
}: {
  name: string;
  value: Appellation | null;
  onChange: (value: Appellation | null) => void;
  error?: string | undefined;
}) {
  const client = useQueryClient();
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const search = useJobSearch(text);
  const results = text.trim().length >= 2 ? (search.data?.results ?? []) : [];
  if (value) {
    return (
      <div className="field" id={fieldId(name)}>
        <p className="field-label">Métier dans le répertoire des métiers (ROME)</p>
        <p className="portfolio-chosen">
          <span>{value.label}</span>
          <Button size="small" variant="quiet" onPress={() => onChange(null)}>
            Retirer le métier choisi
          </Button>
        </p>
        <RomeCredit />
      </div>
    );
  }
  const choose = async (key: string) => {
    const hit = results.find((r) => `${r.codeRome}|${r.appellation}` === key);
    if (!hit) return;
    setProblem(null);
    try {
      const sheet = await client.fetchQuery({
        queryKey: catalogKeys.jobSheet(hit.codeRome),
        queryFn: () => call(catalogEndpoints.jobSheet, { params: { code: hit.codeRome } }),
        staleTime: 5 * 60_000,
      });
      const appellation =
        sheet.appellations.find((a) => a.label === hit.appellation) ??
        sheet.appellations.find((a) => a.principal) ??
        sheet.appellations[0];
      if (appellation) onChange({ code: appellation.codeOgr, label: appellation.label });
      setText('');
    } catch {
      setProblem('Ce métier n’a pas pu être lu dans le répertoire. Réessayez dans un instant.');
    }
  };
  const shownError = error ?? problem ?? undefined;
  return (
    <div id={fieldId(name)}>
      <ComboBox
        className={`field combobox${shownError ? ' field-invalid' : ''}`}
        items={results}
        inputValue={text}
        onInputChange={setText}
        defaultFilter={() => true}
        allowsCustomValue
        allowsEmptyCollection
        menuTrigger="input"
        onSelectionChange={(key) => {
          if (key !== null) void choose(String(key));
        }}
      >
        <Label>
          Métier dans le répertoire des métiers (ROME) <span className="optional">(facultatif)</span>
        </Label>
        <Text slot="description" className="hint">
          Tapez un intitulé, même approximatif, puis choisissez une suggestion avec les flèches et Entrée. Le métier
          choisi permet de vous proposer ses compétences.
        </Text>
        {shownError ? (
          <Text slot="errorMessage" className="field-error">
            <span className="visually-hidden">Erreur : </span>
            {shownError}
          </Text>
        ) : null}
        <Input maxLength={200} />
        <Popover className="combobox-popover" placement="bottom start" offset={2}>
          <ListBox
            className="combobox-list"
            renderEmptyState={() => (
              <p className="combobox-empty">
                {emptyText(text, search.isFetching, search.data !== undefined, 'Aucun métier trouvé.')}
              </p>
            )}
          >
            {(hit: JobSearchHit) => (
              <ListBoxItem
                id={`${hit.codeRome}|${hit.appellation}`}
                textValue={hit.appellation}
                className="combobox-option"
              >
                <span className="option-title">{hit.appellation}</span>
                {hit.appellation === hit.label ? null : <span className="option-detail">{hit.label}</span>}
              </ListBoxItem>
            )}
          </ListBox>
        </Popover>
      </ComboBox>
    </div>
  );
}

/** Suggestions shown at once. */
const SHOWN = 8;

/**
 * The catalogue's skills search. For macro-compétences only, the compétences are searched as
 * widely as the catalogue answers (the macro-compétences are a few among them, and the eight
 * best hits of a word like « budget » or « gestion » are all compétences or savoirs).
 */
function useSkillSearch(text: string, onlyMacro: boolean) {
  const q = text.trim().slice(0, 200);
  const query = onlyMacro
    ? { q, limit: String(CATALOG_LIMIT_MAX), scope: 'competences' as const }
    : { q, limit: String(SHOWN), scope: 'all' as const };
  return useQuery({
    queryKey: [...catalogKeys.all, 'skills', query.scope, query.limit, q],
    queryFn: () => call(catalogEndpoints.searchSkills, { query }),
    enabled: q.length >= 2,
    placeholderData: keepPreviousData,
    staleTime: 5 * 60_000,
  });
}

/** A competence, savoir or macro-compétence of the ROME, searched by its words. */
export function SkillField({
  name,
  label,
  hint,
  onlyMacro = false,
  onChoose,
}: {
  name: string;
  label: string;
  hint: string;
  /** Only macro-compétences (a domain starts from one). */
  onlyMacro?: boolean;
  onChoose: (hit: SkillSearchHit) => void;
}) {
  const [text, setText] = useState('');
  const search = useSkillSearch(text, onlyMacro);
  const results =
    text.trim().length >= 2
      ? (search.data?.results ?? []).filter((hit) => !onlyMacro || hit.kind === 'macro_competence').slice(0, SHOWN)
      : [];
  return (
    <div id={fieldId(name)}>
      <ComboBox
        className="field combobox"
        items={results}
        inputValue={text}
        onInputChange={setText}
        defaultFilter={() => true}
        allowsCustomValue
        allowsEmptyCollection
        menuTrigger="input"
        onSelectionChange={(key) => {
          const hit = results.find((r) => r.codeOgr === key);
          if (hit) {
            onChoose(hit);
            setText('');
          }
        }}
      >
        <Label>
          {label} <span className="optional">(facultatif)</span>
        </Label>
        <Text slot="description" className="hint">
          {hint}
        </Text>
        <Input maxLength={200} />
        <Popover className="combobox-popover" placement="bottom start" offset={2}>
          <ListBox
            className="combobox-list"
            renderEmptyState={() => (
              <p className="combobox-empty">
                {emptyText(text, search.isFetching, search.data !== undefined, 'Rien de tel dans le répertoire.')}
              </p>
            )}
          >
            {(hit: SkillSearchHit) => (
              <ListBoxItem id={hit.codeOgr} textValue={hit.label} className="combobox-option">
                <span className="option-title">{hit.label}</span>
                <span className="option-detail">{hit.category}</span>
              </ListBoxItem>
            )}
          </ListBox>
        </Popover>
      </ComboBox>
    </div>
  );
}
