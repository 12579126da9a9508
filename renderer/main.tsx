import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { areaOfHash, areaScreens } from './app/screens';
import { startKeptList } from './app/start-kept-list';
import { askLastKnownEarly } from './resources/last-known';
import './styles/tokens.css';
import './styles/base.css';

// The page the window opens on loads in parallel with the shell, not after its first render.
void areaScreens[areaOfHash(window.location.hash)].preload().catch(() => undefined);
// Its kept list too: asked as the bridge connects, it is on its way while the shell and the page
// load and the account is checked, instead of being asked once the page has mounted.
const keptList = startKeptList(window.location.hash);
if (keptList !== null) askLastKnownEarly(keptList);

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element to mount the app in.');

createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
