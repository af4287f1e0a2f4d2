// The package as a user gets it: `npm pack` the built project, install the tarball into a
// scratch copy of an example app outside the repository, and build that app with Vite.
// Used by the package e2e test and by `npm run bench` (run `npm run build` first).
// CommonJS so that Jest (e2e tests) and ESM scripts can both load it.
const { execFile } = require('node:child_process');
const { cp, mkdir, mkdtemp, readFile, symlink, writeFile } = require('node:fs/promises');
const { existsSync, readFileSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { dirname, join, resolve } = require('node:path');
const { promisify } = require('node:util');

const run = promisify(execFile);
const ROOT = resolve(__dirname, '..');
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/**
 * Packs the project into a fresh temporary folder.
 * Resolves to { tarball, size, unpackedSize, entryCount, sizes: [{ path, size }] } (bytes, as npm reports them).
 */
async function pack() {
  const dest = await mkdtemp(join(tmpdir(), 'lbr-pack-'));
  const { stdout } = await run(NPM, ['pack', '--json', '--pack-destination', dest], { cwd: ROOT, maxBuffer: 64 << 20 });
  const [info] = JSON.parse(stdout);
  return { tarball: join(dest, info.filename), size: info.size, unpackedSize: info.unpackedSize, entryCount: info.entryCount, sizes: info.files.map(f => ({ path: f.path, size: f.size })) };
}

/** The version of `name` installed in the repository, or undefined. */
function ownVersion(name) {
  const manifest = join(ROOT, 'node_modules', name, 'package.json');
  return existsSync(manifest) ? JSON.parse(readFileSync(manifest, 'utf8')).version : undefined;
}

/**
 * Copies `examples/<name>` to a temporary folder and installs `tarball` there as
 * `live-backend-runtime` (npm, from its cache when it can). The example's build tools
 * (devDependencies: TypeScript, type packages) are linked from the repository's node_modules
 * when it has the very same version, instead of installed again; what the app ships
 * (dependencies) is installed as a user would. Resolves to { dir }.
 */
async function installExample(name, tarball) {
  const dir = await mkdtemp(join(tmpdir(), `lbr-${name}-`));
  await cp(join(ROOT, 'examples', name), dir, { recursive: true, filter: src => !/node_modules|[\\/]dist$/.test(src) });
  const manifest = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8'));
  manifest.dependencies['live-backend-runtime'] = `file:${tarball}`;
  const borrowed = Object.keys(manifest.devDependencies ?? {}).filter(tool => ownVersion(tool) === manifest.devDependencies[tool]);
  for (const tool of borrowed) delete manifest.devDependencies[tool];
  await writeFile(join(dir, 'package.json'), JSON.stringify(manifest, null, 2));
  // --legacy-peer-deps: npm would otherwise install the borrowed tools again as peers of the others (Vite of its React plugin).
  const peers = borrowed.length ? ['--legacy-peer-deps'] : [];
  await run(NPM, ['install', '--no-audit', '--no-fund', '--prefer-offline', '--no-package-lock', ...peers], { cwd: dir, maxBuffer: 64 << 20 });
  for (const tool of borrowed) {
    await mkdir(dirname(join(dir, 'node_modules', tool)), { recursive: true });
    await symlink(join(ROOT, 'node_modules', tool), join(dir, 'node_modules', tool), 'dir');
  }
  return { dir };
}

/**
 * `installExample`, then `vite build`. Resolves to { dir, dist, warnings } (dist: the built site;
 * warnings: what Vite printed at log level warn).
 */
async function buildExample(name, tarball) {
  const { dir } = await installExample(name, tarball);
  // The project's own Vite (a devDependency), run on the scratch app: resolution happens from the app's folder.
  const vite = await run(process.execPath, [join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn'], { cwd: dir, maxBuffer: 64 << 20 });
  return { dir, dist: join(dir, 'dist'), warnings: `${vite.stdout}${vite.stderr}`.trim() };
}

module.exports = { pack, installExample, buildExample, ROOT };
