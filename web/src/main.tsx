import { render } from 'preact';
import { App } from './app';
import { createClient } from './api/client';
import './styles.css';

render(<App client={createClient()} />, document.getElementById('app')!);

// The charts' library is its own chunk: fetched once the first page is up, so the app keeps
// working with no signal afterwards (house style: offline once loaded).
window.addEventListener('load', () => { void import('uplot').catch(() => undefined); });
