import { useState, type DragEvent } from 'react';
import { strings } from '../strings';

const ACCEPT =
  '.csv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A labelled file input inside an area that also takes a dropped file. */
export function FileDrop({
  onFile,
  disabled,
}: {
  onFile: (file: File) => void;
  disabled: boolean;
}) {
  const [dragging, setDragging] = useState(false);
  const take = (files: FileList | null) => {
    const file = files?.[0];
    if (file && !disabled) onFile(file);
  };
  const drop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    take(event.dataTransfer.files);
  };
  return (
    // eslint-disable-next-line jsx-a11y/no-static-element-interactions -- dropping is a shortcut; the file input inside is the keyboard's way
    <div
      className={dragging ? 'file-drop file-drop--active' : 'file-drop'}
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={drop}
    >
      <label htmlFor="import-file">{strings.fileLabel}</label>
      <p id="import-file-hint" className="form-field__hint">
        {dragging ? strings.dropActive : strings.dropHint}
      </p>
      <input
        id="import-file"
        type="file"
        accept={ACCEPT}
        aria-describedby="import-file-hint"
        disabled={disabled}
        onChange={(event) => {
          take(event.target.files);
          // Lets the same file be chosen again after it has been corrected.
          event.target.value = '';
        }}
      />
    </div>
  );
}
