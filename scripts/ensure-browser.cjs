// Before the tests: make sure a Chromium is there for puppeteer. Uses the system one
// (/usr/bin/chromium, or PUPPETEER_EXECUTABLE_PATH); on Debian/Ubuntu as root it installs
// Debian's `chromium` with apt-get (this machine's network cannot download a browser build).
const { existsSync } = require('node:fs');
const { execSync } = require('node:child_process');
const config = require('../.puppeteerrc.cjs');

const have = () => {
  if (config.executablePath && existsSync(config.executablePath)) return config.executablePath;
  for (const p of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) if (existsSync(p)) return p;
  try {
    const path = require('puppeteer').executablePath();
    return existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
};

let found = have();
if (!found && process.platform === 'linux' && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
  console.log('ensure-browser: installing Debian chromium with apt-get ...');
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
  found = have();
}
if (!found) {
  console.error('ensure-browser: no Chromium found. Install one (Debian/Ubuntu: `apt-get install chromium`) or set PUPPETEER_EXECUTABLE_PATH.');
  process.exit(1);
}
console.log(`ensure-browser: using ${found}`);
