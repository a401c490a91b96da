import { execFileSync } from 'node:child_process';

/** Whether xmllint (libxml2-utils; .ci/run installs it) finds the XML well-formed: throws with its message otherwise. */
export function assertWellFormed(xml: string): void {
  execFileSync('xmllint', ['--noout', '-'], { input: xml, stdio: ['pipe', 'pipe', 'pipe'] });
}
