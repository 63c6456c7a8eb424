import { hydrateRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App } from './app/app';
import { preloadPage } from './app/router';
import { readDehydratedState } from './lib/dehydrated-state';
import { createQueryClient } from './lib/query-client';
import { connectSessionToWrites } from './lib/session';
import './app/styles/base.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html saknar #root');
const queryClient = createQueryClient();
connectSessionToWrites(queryClient);
// The page's own code first: a lazy page still loading would suspend during hydration, where
// the server's HTML has the page itself, not the loading note.
void preloadPage(window.location.pathname).then(() =>
  hydrateRoot(
    root,
    <App
      queryClient={queryClient}
      dehydratedState={readDehydratedState()}
      Router={BrowserRouter}
    />,
  ),
);
