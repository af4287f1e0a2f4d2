// `npm run build` starts from empty output folders: the two Stencil builds write into dist/
// side by side, so neither of them empties it (stale hashed chunks would end up in the package).
import { rmSync } from 'node:fs';
for (const dir of ['dist', 'hydrate', 'loader', 'www', 'www-dev']) rmSync(dir, { recursive: true, force: true });
