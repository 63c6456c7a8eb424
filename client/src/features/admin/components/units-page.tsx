import { useRef, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { UnitWithCounts } from '@malbild/shared';
import { QueryState } from '../../../components/query-state';
import { getUnitsQueryOptions } from '../../../lib/api/get-units';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { unitStrings as strings } from '../unit-strings';
import { AddUnitForm } from './add-unit-form';
import { AdminNav } from './admin-nav';
import { UnitEditor } from './unit-editor';
import { UnitTable } from './unit-table';
import '../admin.css';

/** /admin/enheter – every unit, adding one, and renaming, retiring or merging one. */
export function UnitsPage() {
  useDocumentTitle(strings.title);
  const query = useQuery(getUnitsQueryOptions());
  const [editing, setEditing] = useState<string | null>(null);
  const [notice, setNotice] = useState('');
  const editButton = useRef<HTMLButtonElement | null>(null);

  const doneEditing = (message: string | null) => {
    setEditing(null);
    if (message) setNotice(message);
    editButton.current?.focus();
  };

  return (
    <div className="page">
      <h1>{strings.title}</h1>
      <AdminNav />
      <p>{strings.intro}</p>
      <p className="admin-notice" role="status">
        {notice}
      </p>
      <QueryState query={query} label={strings.label}>
        {(units) => {
          // The unit as the list has it now: after a refused change, its current version.
          const unit: UnitWithCounts | undefined = units.find((u) => u.code === editing);
          return (
            <>
              <UnitTable
                units={units}
                onEdit={(chosen, button) => {
                  editButton.current = button;
                  setEditing(chosen.code);
                }}
              />
              {unit && (
                <UnitEditor key={unit.code} unit={unit} units={units} onDone={doneEditing} />
              )}
              <section aria-labelledby="add-unit-heading">
                <h2 id="add-unit-heading">{strings.addHeading}</h2>
                <AddUnitForm onAdded={(code) => setNotice(strings.added(code))} />
              </section>
            </>
          );
        }}
      </QueryState>
    </div>
  );
}
