import { Router } from 'wouter';
import { AppShell } from './app-shell';
import { hashHref, useHashPath, useHashSearch } from '../routing/hash-location';
import { Providers } from './providers';

/**
 * Routes live in the hash (`#/droplets`): the desktop app is served from app:// and browser mode
 * from a single file, so the path part of the URL must never change. A screen's state (search,
 * filters, the open droplet) is the hash's own query string.
 */
export const App = () => (
  <Providers>
    <Router hook={useHashPath} searchHook={useHashSearch} hrefs={hashHref}>
      <AppShell />
    </Router>
  </Providers>
);
