/**
 * Job search with suggestions as you type: the ARIA combobox pattern (react-aria-components
 * ComboBox): arrow keys move through suggestions, Enter opens the job sheet, Escape closes the
 * list; the number of suggestions is announced to screen readers.
 */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { ComboBox, Input, Label, ListBox, ListBoxItem, Popover, Text } from 'react-aria-components';
import { useNavigate } from 'react-router';
import type { JobSearchHit } from '../contracts/schemas.ts';
import { catalogEndpoints } from '../contracts/endpoints.ts';
import { call } from '../../ui/api.ts';
import { catalogKeys } from './query-keys.ts';

function useDebounced<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

export function useJobSearch(text: string, limit = 8) {
  const q = useDebounced(text.trim().slice(0, 200), 150);
  return useQuery({
    queryKey: catalogKeys.searchJobs(q, limit),
    queryFn: () => call(catalogEndpoints.searchJobs, { query: { q, limit: String(limit) } }),
    enabled: q.length >= 2,
    placeholderData: keepPreviousData,
    staleTime: 5 * 60_000,
  });
}

export function JobSearchBox({
  label = 'Rechercher un métier',
  initial = '',
  name,
}: {
  label?: string;
  initial?: string;
  name?: string;
}) {
  const navigate = useNavigate();
  const [text, setText] = useState(initial);
  const search = useJobSearch(text);
  const results = text.trim().length >= 2 ? (search.data?.results ?? []) : [];
  return (
    <ComboBox
      className="field combobox"
      items={results}
      inputValue={text}
      onInputChange={setText}
      // The server's search is forgiving (typos, accents, word order): show what it found.
      defaultFilter={() => true}
      allowsCustomValue
      // Open as soon as one types: suggestions arrive a moment later (the list says so meanwhile).
      allowsEmptyCollection
      {...(name ? { name } : {})}
      menuTrigger="input"
      onSelectionChange={(key) => {
        if (key !== null) navigate(`/metiers/${String(key)}`);
      }}
    >
      <Label>{label}</Label>
      <Text slot="description" className="hint">
        {
          'Tapez un intitulé, même approximatif (par exemple «\u00a0boulangère\u00a0» ou «\u00a0dev web\u00a0»), puis choisissez une suggestion avec les flèches et Entrée.'
        }
      </Text>
      <Input maxLength={200} />
      <Popover className="combobox-popover" placement="bottom start" offset={2}>
        <ListBox
          className="combobox-list"
          renderEmptyState={() => (
            <p className="combobox-empty">
              {text.trim().length < 2
                ? 'Tapez au moins deux lettres.'
                : search.isFetching || search.data === undefined
                  ? 'Recherche en cours…'
                  : 'Aucun métier trouvé.'}
            </p>
          )}
        >
          {(hit: JobSearchHit) => (
            <ListBoxItem
              id={hit.codeRome}
              textValue={`${hit.appellation} (${hit.codeRome})`}
              className="combobox-option"
            >
              <span className="option-title">{hit.appellation}</span>
              <span className="option-detail">
                {hit.appellation === hit.label ? '' : `${hit.label} · `}
                {hit.codeRome}
              </span>
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </ComboBox>
  );
}
