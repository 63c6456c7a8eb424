import type { DehydratedState } from '@tanstack/react-query';

// The server renders each page with its data and sends react-query's cache along, as
// <script type="application/json" id="query-state">: a data block, not a script, so the CSP has
// nothing to allow. The browser hydrates its first render from it, without a round trip.

const ELEMENT_ID = 'query-state';

/** The data block for `state`; every `<` as \u003c, so no string in it can end the element. */
export function dehydratedStateScript(state: DehydratedState): string {
  const json = JSON.stringify(state).replace(/</g, '\\u003c');
  return `<script type="application/json" id="${ELEMENT_ID}">${json}</script>`;
}

/** The state the server sent with the page, if any. */
export function readDehydratedState(): DehydratedState | undefined {
  const text = document.getElementById(ELEMENT_ID)?.textContent;
  return text ? (JSON.parse(text) as DehydratedState) : undefined;
}
