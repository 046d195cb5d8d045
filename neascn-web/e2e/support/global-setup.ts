import { existsSync } from 'node:fs';

/** The browser tests need a running server and Debian's Chromium; say which is missing. */
export default function setup() {
  if (!process.env.NEASCN_BASE_URL) {
    throw new Error('NEASCN_BASE_URL must name a running server, e.g. http://127.0.0.1:9080/ (neascn-tests\' BrowserIT sets it)');
  }
  const chromium = process.env.NEASCN_CHROMIUM ?? '/usr/bin/chromium';
  if (!existsSync(chromium)) {
    throw new Error(`No Chromium at ${chromium}: apt-get install -y chromium fonts-noto-cjk (or set NEASCN_CHROMIUM)`);
  }
}
