import { Router } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { AppShell } from './app-shell';
import { Providers } from './providers';

/**
 * Routes live in the hash (`#/droplets`): the desktop app is served from app:// and browser mode
 * from a single file, so the path part of the URL must never change.
 */
export const App = () => (
  <Providers>
    <Router hook={useHashLocation}>
      <AppShell />
    </Router>
  </Providers>
);
