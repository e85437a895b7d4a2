// What "Copy a link" says beside its button. A link copied from an address that opens on this
// computer only (127.0.0.1, localhost: how `cfsim app` starts by default) does not open on the
// students' devices; the command line says so when it starts, and the page says so when a link
// is copied, where a lecturer about to share it looks.

/** Whether a page's host name opens on the computer it runs on only (a loopback address or name). */
export function isThisComputerOnly(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/^\[|\]$/g, '');
  return host === 'localhost' || host.endsWith('.localhost') || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);
}

/** Whether a page's host name is the address a server listens on everywhere (0.0.0.0, ::), which no other device opens. */
export function isListeningAddress(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '');
  return host === '0.0.0.0' || host === '::' || host === '0:0:0:0:0:0:0:0';
}

/** The note after a copy (`copied`: the clipboard took the link; else the address bar is to be copied), for a page at `hostname`. */
export function shareNoteText(copied: boolean, hostname: string): string {
  const done = copied ? 'Link copied' : 'Copy the address bar to share this state';
  // A browser opens http://0.0.0.0:8765/ on this computer, but the link names no address another device can reach.
  if (isListeningAddress(hostname)) {
    return `${done}, but it names ${hostname}, the address the app listens on, which students' devices cannot open. Open the app at this computer's address on the local network (cfsim app --host 0.0.0.0 prints it), then share that page's link.`;
  }
  if (!isThisComputerOnly(hostname)) return `${done}.`;
  return (
    `${done}, but it opens on this computer only (${hostname}): students' devices cannot open it. ` +
    'To share, start the app with --host 0.0.0.0 and open it at the network address it prints.'
  );
}

/** How long the note stays: a warning, longer, to be read. */
export const shareNoteMs = (text: string): number => (text.length > 60 ? 20_000 : 5_000);
