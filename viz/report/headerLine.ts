import { closeSync, openSync, readSync } from 'node:fs';
import { headerAsWritten } from '../../sim/io/csv';

/** A UTF-8 byte-order mark's bytes, which a file saved on Windows may start with. */
const BYTE_ORDER_MARK_BYTES = 3;

/**
 * A CSV file's header as cfsim wrote it (headerAsWritten: no byte-order mark, no CR), read from no more of the file than
 * a header of `longest` ASCII characters takes, with a byte-order mark before it and a CRLF after it: the header
 * without reading the rows. Reading `longest + 2` bytes cut a header after a byte-order mark short by three characters.
 */
export function fileHeaderLine(path: string, longest: number): string {
  const fd = openSync(path, 'r');
  const head = Buffer.alloc(BYTE_ORDER_MARK_BYTES + longest + 2);
  let read: number;
  try {
    read = readSync(fd, head, 0, head.length, 0);
  } finally {
    closeSync(fd);
  }
  return headerAsWritten(head.toString('utf8', 0, read).split('\n')[0]);
}
