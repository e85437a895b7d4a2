import { FILE_ERRORS } from './outputFiles';

/**
 * Lets a command outlive a reader that stops reading its output (`cfsim schema | head -1`,
 * `grep -m1`): Node reports the closed pipe as an EPIPE error on the stream, which, unhandled,
 * ended the process with a stack trace, possibly mid-way through writing results. The rest of
 * the output is dropped, the command finishes its work (files are completed, locks released)
 * and exits with its own code. Any other error on the stream (a full disk) is reported through
 * `report` and makes a command that would have succeeded exit with 1.
 */
export function tolerateClosedReader(stream: NodeJS.WriteStream, name: string, report: (line: string) => void): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    // Once the reader is gone, or the output cannot be written, writes are dropped instead of queued or thrown.
    if (!stream.destroyed) stream.destroy();
    if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') return;
    // Another failure (a full disk behind `> file`, /dev/full): the output is incomplete, which the
    // command says and its exit code shows, once, whatever it does meanwhile.
    if (failedOutputs.has(name)) return;
    failedOutputs.add(name);
    const why = FILE_ERRORS[error.code ?? ''];
    report(`could not write ${name}: ${error.code ?? error.message}${why ? ` (${why})` : ''}; that output is incomplete`);
    process.once('exit', () => {
      if (!process.exitCode) process.exitCode = 1;
    });
  });
}

const failedOutputs = new Set<string>();
