/**
 * Lets a command outlive a reader that stops reading its output (`cfsim schema | head -1`,
 * `grep -m1`): Node reports the closed pipe as an EPIPE error on the stream, which, unhandled,
 * ended the process with a stack trace, possibly mid-way through writing results. The rest of
 * the output is dropped, the command finishes its work (files are completed, locks released)
 * and exits with its own code. Any other error on the stream is still thrown.
 */
export function tolerateClosedReader(stream: NodeJS.WriteStream): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') {
      // Once the reader is gone, writes are dropped instead of queued or thrown.
      if (!stream.destroyed) stream.destroy();
      return;
    }
    throw error;
  });
}
