/**
 * A place where the build may be stopped dead for a test of its caches: when
 * `ARCHIVE_CRASH_AT` names this stage, the process kills itself with SIGKILL (no handler runs,
 * as after a power cut or the kernel's out-of-memory killer), after `before` (e.g. killing a child
 * mid-write). tests/site/crash-safety.test.ts kills the build at each stage and checks that the
 * next build equals a clean one. Never set outside the tests.
 */
export function crashPoint(stage: CrashStage, before?: () => void): void {
  if (process.env.ARCHIVE_CRASH_AT !== stage) return;
  before?.();
  process.kill(process.pid, 'SIGKILL');
}

/** The stages a test can stop the build at: while conversion results are put in place, while a slice or the lists render, while a language is indexed. */
export type CrashStage = 'convert' | 'render' | 'lists' | 'index';

/** Whether the build is to be stopped at this stage (for the places that must arrange the crash themselves, such as killing a child mid-write). */
export function crashesAt(stage: CrashStage): boolean {
  return process.env.ARCHIVE_CRASH_AT === stage;
}
