/** Whether a process of this id is running (a signal 0 reaches it); EPERM means it exists but is someone else's. Used to tell a stale lock or partial file from one still being written. */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
