import { render } from 'preact';
import { App } from './app';
import { createClient } from './api/client';
import './styles.css';

render(<App client={createClient()} />, document.getElementById('app')!);
