import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The version of everything that turns generated sources into pages: the site's code (src/),
 * Astro's config, the installed packages (package-lock.json), this orchestrator, and the
 * settings a page is rendered with (base, site). A change in any of them renders every slice again.
 */
export function siteVersion(root: string, settings: Record<string, string | undefined>): string {
  const hash = createHash('sha256');
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else hash.update(path.slice(root.length)).update('\0').update(readFileSync(path)).update('\0');
    }
  };
  for (const dir of ['src', 'public', 'scripts/site']) walk(join(root, dir));
  for (const file of ['astro.config.mjs', 'package-lock.json', 'scripts/site.ts']) {
    try {
      hash.update(file).update('\0').update(readFileSync(join(root, file))).update('\0');
    } catch {
      // A project without one of these (package-lock.json in a fresh checkout) simply has no part of it to hash.
    }
  }
  hash.update(JSON.stringify(Object.entries(settings).sort()));
  return hash.digest('hex');
}
