// Chromium flags for every browser the project starts (tests, benchmarks, screenshots):
// root user, no GPU, a closed network. One list, read by stencil.config.ts and bench/.
module.exports.browserArgs = [
  '--no-sandbox',
  '--disable-setuid-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  // Stencil's e2e pages are served by request interception, so Chromium treats them as public
  // and blocks their requests to the loopback test servers (Local Network Access).
  '--disable-features=LocalNetworkAccessChecks,BlockInsecurePrivateNetworkRequests,PrivateNetworkAccessSendPreflights',
];
