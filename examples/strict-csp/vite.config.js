// Vite puts `nonce="NONCE"` on the scripts and styles it writes into index.html and adds
// <meta property="csp-nonce" nonce="NONCE">. Your server replaces NONCE with a fresh random
// value in every response and sends the same value in its Content-Security-Policy header.
export default { html: { cspNonce: 'NONCE' } };
