import type { OpenApi, Operation } from '../api/get-openapi';
import { bodyFields, describeType } from '../describe-schema';
import { strings } from '../strings';

interface Entry {
  method: string;
  path: string;
  operation: Operation;
}

/** Operations by their tag, in the order the document first names each tag. */
function byTag(document: OpenApi): Map<string, Entry[]> {
  const groups = new Map<string, Entry[]>();
  for (const [path, methods] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(methods)) {
      const tag = operation.tags?.[0] ?? strings.untagged;
      groups.set(tag, [
        ...(groups.get(tag) ?? []),
        { method: method.toUpperCase(), path, operation },
      ]);
    }
  }
  return groups;
}

const anchor = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-');

/** The API described from its OpenAPI document, in Swedish, as plain headings, text and tables. */
export function ApiReference({ document }: { document: OpenApi }) {
  const groups = [...byTag(document)];
  return (
    <>
      <nav aria-label={strings.contentsLabel}>
        <ul className="api-contents">
          {groups.map(([tag]) => (
            <li key={tag}>
              <a href={`#${anchor(tag)}`}>{tag}</a>
            </li>
          ))}
        </ul>
      </nav>
      {groups.map(([tag, entries]) => (
        <section key={tag} aria-labelledby={anchor(tag)}>
          <h2 id={anchor(tag)}>{tag}</h2>
          {entries.map((entry) => (
            <OperationDetails key={`${entry.method} ${entry.path}`} {...entry} />
          ))}
        </section>
      ))}
    </>
  );
}

function OperationDetails({ method, path, operation }: Entry) {
  const id = anchor(`${method} ${path}`);
  const parameters = operation.parameters ?? [];
  const body = operation.requestBody?.content['application/json']?.schema;
  const fields = bodyFields(body);
  return (
    <article className="api-operation" aria-labelledby={id}>
      <h3 id={id}>
        <code>
          {method} {path}
        </code>
      </h3>
      {operation.summary && <p>{operation.summary}</p>}
      {operation.description && <p>{operation.description}</p>}
      {parameters.length > 0 && (
        <FieldTable
          caption={strings.parameters}
          withWhere
          rows={parameters.map((p) => ({
            name: p.name,
            where: strings.where[p.in] ?? p.in,
            type: describeType(p.schema),
            required: p.required ?? false,
          }))}
        />
      )}
      {fields.length > 0 && <FieldTable caption={strings.body} rows={fields} />}
      {operation.responses && (
        <>
          <h4>{strings.responses}</h4>
          <ul>
            {Object.entries(operation.responses).map(([code, answer]) => (
              <li key={code}>
                <strong>{code}</strong>{' '}
                {/* The document's own words where the route gave some; Fastify's default is English. */}
                {answer.description && answer.description !== 'Default Response'
                  ? answer.description
                  : strings.status(code)}
              </li>
            ))}
          </ul>
        </>
      )}
    </article>
  );
}

interface FieldRow {
  name: string;
  where?: string;
  type: string;
  required: boolean;
}

function FieldTable({
  caption,
  rows,
  withWhere = false,
}: {
  caption: string;
  rows: FieldRow[];
  withWhere?: boolean;
}) {
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={caption}>
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{strings.columnName}</th>
            {withWhere && <th scope="col">{strings.columnWhere}</th>}
            <th scope="col">{strings.columnType}</th>
            <th scope="col">{strings.columnRequired}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={`${row.where ?? ''}${row.name}`}>
              <th scope="row">
                <code>{row.name}</code>
              </th>
              {withWhere && <td>{row.where}</td>}
              <td>{row.type}</td>
              <td>{row.required ? strings.yes : strings.no}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
