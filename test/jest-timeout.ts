/**
 * Stencil's own test setup sets jest's timeout to 45 s (1.5 × its page timeout), over the config's
 * `testing.testTimeout`; this setup file runs after it. On a loaded machine a test's generous waits
 * (a boot typing out, a server retrying) must fit inside it.
 */
export const TEST_TIMEOUT = 120_000;
jest.setTimeout(TEST_TIMEOUT);
