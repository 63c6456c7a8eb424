import { useState, type SubmitEvent } from 'react';
import { Link } from 'react-router';
import { may, type Measure } from '@malbild/shared';
import { QueryState } from '../../../components/query-state';
import { paths } from '../../../lib/paths';
import { useSession } from '../../../lib/session';
import { useOrganisation } from '../../../lib/api/get-organisation';
import { usePreviewKolada } from '../api/preview-kolada';
import { strings } from '../strings';
import { ErrorAlert } from '../../../components/error-alert';
import { ImportPreviewView } from './import-preview';
import { MunicipalityForm } from './municipality-form';

type KoladaMeasure = Pick<Measure, 'number' | 'name' | 'koladaKpi'>;

function toggled<T>(values: readonly T[], value: T, on: boolean): T[] {
  return on ? [...values, value] : values.filter((v) => v !== value);
}

function Checkboxes<T extends number>(props: {
  legend: string;
  name: string;
  options: { value: T; label: string }[];
  chosen: T[];
  onChange: (chosen: T[]) => void;
}) {
  return (
    <fieldset className="form-fieldset import-choices">
      <legend>{props.legend}</legend>
      {props.options.map(({ value, label }) => (
        <div key={value} className="import-choice">
          <input
            type="checkbox"
            id={`${props.name}-${value}`}
            checked={props.chosen.includes(value)}
            onChange={(event) => props.onChange(toggled(props.chosen, value, event.target.checked))}
          />
          <label htmlFor={`${props.name}-${value}`}>{label}</label>
        </div>
      ))}
    </fieldset>
  );
}

interface KoladaFormProps {
  measures: KoladaMeasure[];
  years: number[];
  /** The period imported into (?period=); undefined: the current one. */
  periodId: number | undefined;
}

function KoladaForm({ measures, years, periodId }: KoladaFormProps) {
  const lastYear = new Date().getFullYear() - 1;
  const [chosenYears, setYears] = useState(years.filter((year) => year === lastYear));
  const [chosenMeasures, setMeasures] = useState(measures.map((m) => m.number));
  const [missing, setMissing] = useState(false);
  const preview = usePreviewKolada(periodId);
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    setMissing(chosenYears.length === 0 || chosenMeasures.length === 0);
    if (chosenYears.length === 0 || chosenMeasures.length === 0) return;
    preview.mutate({ years: chosenYears, measures: chosenMeasures });
  };
  return (
    <>
      <form className="kolada-form" onSubmit={submit}>
        <Checkboxes
          legend={strings.yearsLegend}
          name="kolada-year"
          options={years.map((year) => ({ value: year, label: String(year) }))}
          chosen={chosenYears}
          onChange={setYears}
        />
        <Checkboxes
          legend={strings.measuresLegend}
          name="kolada-measure"
          options={measures.map((m) => ({
            value: m.number,
            label: strings.measureOption(m.number, m.name, m.koladaKpi ?? ''),
          }))}
          chosen={chosenMeasures}
          onChange={setMeasures}
        />
        {missing && <p className="import-warning">{strings.chooseYearAndMeasure}</p>}
        <button type="submit" className="button" disabled={preview.isPending}>
          {preview.isPending ? strings.fetchingKolada : strings.fetchKolada}
        </button>
      </form>
      {preview.isError && (
        <ErrorAlert title={strings.koladaError} message={preview.error.message} />
      )}
      {preview.isSuccess && <ImportPreviewView key={preview.data.id} preview={preview.data} />}
    </>
  );
}

/** Outcomes from Kolada for the measures that have a Kolada id. */
export function KoladaImport({
  measures,
  years,
  periodId,
}: Omit<KoladaFormProps, 'measures'> & { measures: Measure[] }) {
  const organisation = useOrganisation();
  const isAdmin = may(useSession().data?.user, 'administer');
  const withKpi = measures.filter((m) => m.koladaKpi !== null);
  return (
    <section className="import-section" aria-labelledby="kolada-import-heading">
      <h2 id="kolada-import-heading">{strings.koladaHeading}</h2>
      <p>{strings.koladaText}</p>
      <QueryState query={organisation} label={strings.optionsLabel}>
        {(settings) => (
          <>
            <p>
              {settings.municipalityCode
                ? strings.municipality(settings.municipalityCode)
                : strings.municipalityMissing}
            </p>
            {isAdmin && <MunicipalityForm organisation={settings} />}
            {settings.municipalityCode && withKpi.length === 0 && (
              <p>
                {strings.noKoladaMeasures}{' '}
                <Link to={paths.definitions()}>{strings.toDefinitions}</Link>
              </p>
            )}
            {settings.municipalityCode && withKpi.length > 0 && (
              <KoladaForm measures={withKpi} years={years} periodId={periodId} />
            )}
          </>
        )}
      </QueryState>
    </section>
  );
}
