import type { AssessmentState } from '@malbild/shared';

// Each state has its own shape as well as colour: check, arrow, cross, dash.
const PATHS: Record<AssessmentState, string> = {
  met: 'M4.5 8.5l2.5 2.5 4.5-5',
  improving: 'M5 11l6-6M6.5 5H11v4.5',
  not_met: 'M5.5 5.5l5 5M10.5 5.5l-5 5',
  no_data: 'M5 8h6',
};

export function StateIcon({ state }: { state: AssessmentState }) {
  return (
    <svg className={`state-icon state-icon--${state}`} viewBox="0 0 16 16" aria-hidden="true">
      {state === 'no_data' ? (
        <circle cx="8" cy="8" r="7" fill="none" stroke="currentColor" strokeDasharray="2.5 2" />
      ) : (
        <circle cx="8" cy="8" r="7.5" fill="currentColor" />
      )}
      <path
        d={PATHS[state]}
        fill="none"
        stroke={state === 'no_data' ? 'currentColor' : '#fff'}
        strokeWidth="1.8"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
