import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { preloadPage } from './app/router';
import './app/styles/base.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html saknar #root');
// The page's own code first, so that React's first render replaces the server's first paint
// (plugins/spa-shell.ts) with the same page rather than with a loading note.
void preloadPage(window.location.pathname).then(() =>
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
