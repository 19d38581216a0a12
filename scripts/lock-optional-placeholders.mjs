#!/usr/bin/env node
// Adds package-lock.json entries for optional platform packages (other systems' builds of Biome,
// Rollup…) that the registry this project installs from does not serve. npm 11 leaves them out
// of the lockfile it writes, then `npm ci` rejects that very lockfile as out of sync
// (https://github.com/npm/cli/issues/9846). An entry that names the package as optional and
// for another platform lets `npm ci` accept the lockfile and skip the package, as it would anyway.
// Run after `npm install` changes the lockfile: `node scripts/lock-optional-placeholders.mjs`.
import { readFileSync, writeFileSync } from 'node:fs';

const path = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(path, 'utf8'));
const packages = lock.packages;

// «darwin-arm64», «linux-x64-musl», «win32-x64-msvc», «android-arm-eabi» → os and cpu.
const OSES = ['android', 'darwin', 'freebsd', 'linux', 'openbsd', 'openharmony', 'win32', 'sunos', 'aix', 'netbsd'];
const CPUS = ['arm64', 'x64', 'ia32', 'arm', 'loong64', 'ppc64', 'riscv64', 's390x', 'mips64el'];
function platformOf(name) {
  const parts = name.split('/').pop().split('-');
  const os = parts.find((p) => OSES.includes(p));
  const cpu = parts.find((p) => CPUS.includes(p));
  const libc = parts.includes('musl') || parts.some((p) => p.startsWith('musl')) ? 'musl' : parts.includes('gnu') ? 'glibc' : null;
  return os && cpu ? { os, cpu, libc } : null;
}

let added = 0;
for (const [key, entry] of Object.entries(packages)) {
  for (const [dep, range] of Object.entries(entry.optionalDependencies ?? {})) {
    const location = `${key ? `${key}/` : ''}node_modules/${dep}`;
    const hoisted = `node_modules/${dep}`;
    if (packages[location] || packages[hoisted]) continue;
    const platform = platformOf(dep);
    if (!platform) continue;
    packages[hoisted] = {
      version: range.replace(/^[\^~=]/, ''),
      ...(entry.dev ? { dev: true } : {}),
      optional: true,
      os: [platform.os],
      cpu: [platform.cpu],
      ...(platform.libc ? { libc: [platform.libc] } : {}),
    };
    added++;
  }
}
lock.packages = Object.fromEntries(Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
writeFileSync(path, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`lock-optional-placeholders: ${added} entries added`);
