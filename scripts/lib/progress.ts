/**
 * Progress of a long loop: on a terminal, one line rewritten in place with the count, the rate
 * and the time left; otherwise nothing until `done`, which prints one summary line.
 */
export function progress(label: string, total: number, stream: NodeJS.WriteStream = process.stderr): { tick(): void; done(): void } {
  const started = performance.now();
  let count = 0;
  let shown = 0;
  const tty = stream.isTTY === true && total > 0;
  const line = () => {
    const seconds = (performance.now() - started) / 1000;
    const rate = count / Math.max(seconds, 1e-3);
    const left = rate > 0 ? (total - count) / rate : 0;
    return `${label}: ${count}/${total}, ${rate.toFixed(0)}/s, ${seconds.toFixed(0)} s, ${left.toFixed(0)} s left`;
  };
  return {
    tick() {
      count++;
      const now = performance.now();
      if (tty && (now - shown > 200 || count === total)) {
        shown = now;
        stream.write(`\r${line()}\x1b[K`);
      }
    },
    done() {
      if (tty) stream.write('\r\x1b[K');
    },
  };
}
