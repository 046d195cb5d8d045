// The initial JavaScript a first visit downloads (the entry script and the modules it preloads)
// must stay within 400 KB gzipped: a build over budget fails here rather than on a slow phone.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const root = new URL('../target/classes/META-INF/resources/', import.meta.url).pathname;
const BUDGET = 400 * 1024;
const html = readFileSync(join(root, 'index.html'), 'utf8');
const scripts = [...html.matchAll(/<(?:script[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="\/([^"]+\.js)"/g)].map((m) => m[1]);
let total = 0;
for (const file of new Set(scripts)) {
  const size = gzipSync(readFileSync(join(root, file)), { level: 9 }).length;
  total += size;
  console.log(`${file}: ${(size / 1024).toFixed(1)} KB gzipped`);
}
console.log(`initial JavaScript: ${(total / 1024).toFixed(1)} KB gzipped (budget ${BUDGET / 1024} KB)`);
if (scripts.length === 0) {
  console.error('no entry script found in index.html');
  process.exit(1);
}
if (total > BUDGET) {
  console.error('initial JavaScript is over budget: load more of it on demand');
  process.exit(1);
}
