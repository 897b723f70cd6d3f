// Bundles each entry point with @vercel/ncc into dist/ (committed): the action, the CLI and the
// benchmark. Each bundle can start itself as a scan worker, so no separate worker bundle exists.
import { execFileSync } from 'node:child_process';
import { rmSync, existsSync, readdirSync } from 'node:fs';

const entries = [
  ['src/entry/action.ts', 'dist'],
  ['src/entry/cli.ts', 'dist/cli'],
];
for (const [src, out] of entries) {
  if (!existsSync(src)) continue;
  for (const f of ['index.js', 'package.json', 'licenses.txt', 'sourcemap-register.cjs', 'index.js.map']) rmSync(`${out}/${f}`, { force: true });
  // Numbered chunks (`620.index.js`) change names between builds: drop the old ones so none goes stale.
  for (const f of existsSync(out) ? readdirSync(out) : []) if (/^\d+\.index\.js(\.map)?$/.test(f)) rmSync(`${out}/${f}`, { force: true });
  execFileSync(process.execPath, ['node_modules/@vercel/ncc/dist/ncc/cli.js', 'build', src, '-o', out, '--license', 'licenses.txt', '-q'], { stdio: 'inherit' });
}
