import { Link } from 'react-router';
import { QueryState } from '../../../components/query-state';
import { paths } from '../../../lib/paths';
import { useDefinitions } from '../api/get-definitions';
import { strings } from '../strings';

export function DefinitionList({ period }: { period: number | undefined }) {
  const query = useDefinitions(period);
  return (
    <QueryState query={query} label={strings.listLabel}>
      {(definitions) => (
        <div className="table-scroll">
          <table className="data-table data-table--wide">
            <caption className="visually-hidden">{strings.listCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{strings.columnNumber}</th>
                <th scope="col">{strings.columnName}</th>
                <th scope="col">{strings.columnUnit}</th>
                <th scope="col">{strings.columnCategory}</th>
                <th scope="col">
                  <span className="visually-hidden">{strings.edit}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {definitions.map((definition) => (
                <tr key={definition.number}>
                  <td>{definition.number}</td>
                  <th scope="row">{definition.name}</th>
                  <td>{definition.unit}</td>
                  <td>{definition.category}</td>
                  <td>
                    <Link to={paths.definitions(definition.number, period)}>
                      {strings.edit}
                      <span className="visually-hidden"> {strings.editFor(definition.number)}</span>
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </QueryState>
  );
}
