// Mantine's styles for the first screen only; the signed-in pages bring the rest.
import './layout/first-screen-styles';

import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

// As a transition, the first render yields to the browser every few milliseconds instead of holding
// the main thread until the whole tree is built (a phone's CPU takes several times this machine's).
const root = createRoot(container);
startTransition(() => {
  root.render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
