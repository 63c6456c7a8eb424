import { strings } from '../strings';

interface SaveBarProps {
  changedCount: number;
  saving: boolean;
  /** The last save's summary, or what a paste did: read out by screen readers. */
  announcement: string;
  onSave: () => void;
}

/** Stays at the bottom of the window, so saving is always one click (or Ctrl+S) away. */
export function SaveBar({ changedCount, saving, announcement, onSave }: SaveBarProps) {
  return (
    <div className="entry-save-bar">
      <div className="entry-save-bar__inner">
        <button type="button" className="button" onClick={onSave} aria-keyshortcuts="Control+S">
          {saving ? strings.saving : strings.save}
        </button>
        <div className="entry-save-bar__status">
          <p className="entry-save-bar__pending">{strings.unsavedCount(changedCount)}</p>
          <p className="entry-save-bar__summary" role="status">
            {announcement}
          </p>
        </div>
      </div>
    </div>
  );
}
