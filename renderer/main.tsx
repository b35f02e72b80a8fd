import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApi } from './api/index';
import { App } from './App';
import { errorMessage } from '../electron/shared/error-message';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
const root = createRoot(container);

// createApi() picks the adapter for the host (Electron preload bridge or the browser host's HTTP API).
Promise.resolve(createApi()).then(
  (api) =>
    root.render(
      <StrictMode>
        <App api={api} />
      </StrictMode>,
    ),
  (reason: unknown) => {
    container.textContent = `DocTable Explorer could not reach its host: ${errorMessage(reason)}`;
  },
);
