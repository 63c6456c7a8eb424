import { useState, type KeyboardEvent } from 'react';
import { useKoladaKpiSearch } from '../lib/api/search-kolada';
import { apiFieldErrors } from '../lib/field-errors';
import { TextField } from './text-field';
import './kolada-kpi-search.css';
import { strings } from './strings';

interface KoladaKpiSearchProps {
  /** The search field's id; the results' ids derive from it. */
  id: string;
  /** Called with the chosen KPI's id (e.g. N15505), to put into the measure's Kolada id field. */
  onSelect: (kpiId: string) => void;
}

/**
 * Finds a Kolada KPI by its title, for whoever sets a measure's Kolada id. Lives inside another
 * form, so it is no form of its own: Enter in the field or the button searches.
 */
export function KoladaKpiSearch({ id, onSelect }: KoladaKpiSearchProps) {
  const [text, setText] = useState('');
  const [title, setTitle] = useState('');
  const [chosen, setChosen] = useState<string | null>(null);
  const search = useKoladaKpiSearch(title);
  const submit = () => {
    setChosen(null);
    setTitle(text.trim());
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    submit();
  };
  const fieldError = apiFieldErrors(search.error).title;
  let status = '';
  if (chosen) status = strings.koladaChosen(chosen);
  else if (search.isFetching) status = strings.koladaSearching;
  else if (search.data) status = strings.koladaHits(search.data.hits.length, search.data.total);
  else if (search.error && !fieldError) status = search.error.message;
  return (
    <div className="kolada-search">
      <div className="kolada-search__query">
        <TextField
          id={id}
          label={strings.koladaSearchLabel}
          hint={strings.koladaSearchHint}
          value={text}
          onChange={setText}
          onKeyDown={onKeyDown}
          error={fieldError}
          type="search"
          autoComplete="off"
        />
        <button type="button" className="button button--secondary" onClick={submit}>
          {strings.koladaSearch}
        </button>
      </div>
      <p className="kolada-search__status" role="status">
        {status}
      </p>
      {search.data && search.data.hits.length > 0 && !chosen && (
        <ul className="kolada-search__hits" aria-label={strings.koladaHitsLabel}>
          {search.data.hits.map((hit) => (
            <li key={hit.id}>
              <span className="kolada-search__title">
                <strong>{hit.id}</strong> {hit.title}
              </span>
              <button
                type="button"
                className="button button--small"
                onClick={() => {
                  setChosen(hit.id);
                  onSelect(hit.id);
                }}
              >
                {strings.koladaChoose}
                <span className="visually-hidden"> {hit.id}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
