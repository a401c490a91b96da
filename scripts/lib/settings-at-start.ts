import { readSettings, SettingsError, type Settings } from '../../src/config/settings.ts';

/**
 * The settings, read once as a script starts; a setting the archive cannot use ends the script
 * with one line per setting ("build: ARCHIVE_SLICE_PAGES: "abc" is not …") and exit code 2,
 * before any work is done.
 */
export function settingsAtStart(prefix: string, root: string): Settings {
  try {
    return readSettings(process.env, root);
  } catch (error) {
    if (!(error instanceof SettingsError)) throw error;
    for (const problem of error.problems) process.stderr.write(`${prefix}: ${problem}\n`);
    process.exit(2);
  }
}
