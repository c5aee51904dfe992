// Fails when package-lock.json would fetch anything from outside registry.npmjs.org:
// a `resolved` URL elsewhere, or a git, file, link or tarball dependency.
import { readFileSync } from 'node:fs';

const lock = JSON.parse(readFileSync(new URL('../package-lock.json', import.meta.url), 'utf8'));
const bad = [];
for (const [name, entry] of Object.entries(lock.packages ?? {})) {
  if (name === '') continue;
  if (entry.link) bad.push(`${name}: a link to ${entry.resolved}`);
  else if (entry.resolved && !entry.resolved.startsWith('https://registry.npmjs.org/')) bad.push(`${name}: ${entry.resolved}`);
  if (!entry.link && !entry.integrity) bad.push(`${name}: no integrity hash`);
}
if (lock.lockfileVersion !== 3) bad.push(`lockfileVersion ${lock.lockfileVersion}, expected 3`);
if (bad.length > 0) {
  console.error('package-lock.json names sources outside registry.npmjs.org:\n  ' + bad.join('\n  '));
  process.exit(1);
}
console.log(`package-lock.json: ${Object.keys(lock.packages).length - 1} packages, all from registry.npmjs.org`);
