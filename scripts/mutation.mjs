#!/usr/bin/env node
/**
 * `npm run mutation`: runs StrykerJS once per config found at the project root (every file named
 * stryker*.config.mjs / .js / .cjs / .json, in name order, or the ones given as arguments) and prints
 * each config's mutation score per folder (two path levels, e.g. shared/scoring) from its JSON report.
 * Not part of npm test: it takes minutes. A config is added by dropping another stryker.<name>.config.mjs
 * beside this one with its own jsonReporter.fileName.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const CONFIG = /^stryker(\..+)?\.(config|conf)\.(mjs|js|cjs|json)$/;
const configs = process.argv.slice(2).length
  ? process.argv.slice(2)
  : fs
      .readdirSync(root)
      .filter((f) => CONFIG.test(f))
      .sort();
if (!configs.length) {
  console.error('No stryker*.config.* file found.');
  process.exit(1);
}

async function reportPath(config) {
  const file = path.resolve(root, config);
  const options = file.endsWith('.json')
    ? JSON.parse(fs.readFileSync(file, 'utf8'))
    : (await import(pathToFileURL(file).href)).default;
  return path.resolve(root, options.jsonReporter?.fileName ?? 'reports/mutation/mutation.json');
}

/** Killed or timed out, of everything that ran or had no test (StrykerJS's own "mutation score"). */
function scores(report) {
  const byFolder = new Map();
  for (const [file, { mutants }] of Object.entries(report.files)) {
    const folder = path.relative(root, path.resolve(root, file)).split(path.sep).slice(0, 2).join('/');
    const s = byFolder.get(folder) ?? { detected: 0, undetected: 0, survivors: [] };
    for (const m of mutants) {
      if (m.status === 'Killed' || m.status === 'Timeout') s.detected++;
      else if (m.status === 'Survived' || m.status === 'NoCoverage') {
        s.undetected++;
        s.survivors.push(
          `${file}:${m.location.start.line} ${m.mutatorName}${m.replacement ? ` → ${m.replacement}` : ''}`,
        );
      }
    }
    byFolder.set(folder, s);
  }
  return byFolder;
}

const pct = (d, u) => (d + u ? ((100 * d) / (d + u)).toFixed(1) : '—');
let failed = false;
const summary = [];
for (const config of configs) {
  console.log(`\n=== StrykerJS with ${config} ===`);
  const run = spawnSync('npx', ['stryker', 'run', config], { cwd: root, stdio: 'inherit' });
  if (run.status !== 0) {
    failed = true;
    summary.push(`${config}: StrykerJS failed (exit ${run.status})`);
    continue;
  }
  const report = JSON.parse(fs.readFileSync(await reportPath(config), 'utf8'));
  let d = 0;
  let u = 0;
  summary.push(`${config}:`);
  for (const [folder, s] of [...scores(report)].sort()) {
    d += s.detected;
    u += s.undetected;
    summary.push(
      `  ${folder.padEnd(24)} ${pct(s.detected, s.undetected).padStart(6)}%  (${s.detected} killed, ${s.undetected} survived)`,
    );
  }
  summary.push(`  ${'all'.padEnd(24)} ${pct(d, u).padStart(6)}%`);
}
console.log('\nMutation score per folder\n' + summary.join('\n'));
process.exit(failed ? 1 : 0);
