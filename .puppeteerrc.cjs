// Use the system Chromium when there is one (CI and dev machines here cannot
// download a browser); elsewhere let puppeteer fetch its own as usual.
const fs = require('fs');
const system = process.env.PUPPETEER_EXECUTABLE_PATH || ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find(p => fs.existsSync(p));
module.exports = system ? { skipDownload: true, executablePath: system } : {};
