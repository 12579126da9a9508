import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { areaOfHash, areaScreens } from './app/screens';
import './styles/tokens.css';
import './styles/base.css';

// The page the window opens on loads in parallel with the shell, not after its first render.
void areaScreens[areaOfHash(window.location.hash)].preload().catch(() => undefined);

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element to mount the app in.');

createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
