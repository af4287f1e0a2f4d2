// The same Chromium flags the tests use (stencil.config.ts): root, closed network.
export const browserArgs = [
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
