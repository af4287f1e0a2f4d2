// Writes schema/content.schema.json from the one valibot schema in src/data/schema.ts,
// so users' editors autocomplete and check their content files.
import { build } from 'esbuild';
import { mkdir, writeFile, rm } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { toJsonSchema } from '@valibot/to-json-schema';

const tmp = new URL('../node_modules/.cache/lbr-schema.mjs', import.meta.url);
await build({ entryPoints: ['src/data/schema.ts'], bundle: true, format: 'esm', platform: 'node', outfile: tmp.pathname, logLevel: 'error' });
const { ContentSchema, SectionChromeSchema, DESCRIPTIONS } = await import(pathToFileURL(tmp.pathname).href);
await rm(tmp);

const schema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  ...toJsonSchema(ContentSchema, {
    errorMode: 'throw',
    // What JSON Schema cannot say is checked by the runtime validator only: unique ids,
    // layer and request-path references (raw_check), real calendar days and URL hosts (check);
    // trim changes the value rather than checking it; JSON numbers are always finite.
    ignoreActions: ['check', 'raw_check', 'trim', 'finite'],
    // Objects are `pipe(notAnArray, strictObject)`: the object schema is the one to publish
    // (JSON Schema's "type": "object" already refuses arrays).
    typeMode: 'output',
    definitions: { SectionChrome: SectionChromeSchema },
  }),
  $id: 'https://unpkg.com/live-backend-runtime/schema/content.schema.json',
  title: 'live-backend-runtime content document',
  description: 'Every top-level key is optional; elements show the built-in demo for any key left out.',
};
// The descriptions, at their JSON pointers (schema.ts keeps them out of the run-time validator).
for (const [pointer, text] of Object.entries(DESCRIPTIONS)) {
  const node = pointer.split('/').slice(1).reduce((at, key) => at?.[key], schema);
  if (!node) throw new Error(`build-schema: no ${pointer} in the schema for its description`);
  node.description = text;
}
await mkdir('schema', { recursive: true });
await writeFile('schema/content.schema.json', JSON.stringify(schema, null, 2) + '\n');
console.log('schema/content.schema.json written');
