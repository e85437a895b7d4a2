// On a large screen at the browser's own size (a 1920×1080 projector at 100%), the page keeps the
// sizes laid out for a 1280×720 projector: the text is small from the back of a room and half the
// screen stays empty. Zoomed to 150%, the page is laid out as at 1280×720 and reads from the back.
// A note under the charts, in that empty half, says so, and names Large text (by Speed, or T) for
// where zooming is not an option (not where Large text is on already); it goes once the page is zoomed.

import type { TextSize } from './config';

/** The note's words where Large text is on: zooming, without the advice to turn Large text on. */
export const ZOOM_HINT_ZOOM = 'On a projector? Zoom the browser to 150% (Ctrl and +, ⌘ and + on a Mac): the page is laid out for 1280×720, and its text then reads from the back of the room.';
/** The note's words at the normal text size. */
export const ZOOM_HINT = `${ZOOM_HINT_ZOOM} Cannot zoom? Turn on Large text (beside Speed, or press T): the text grows, tiles and charts included, at this size.`;

/** The note's words for the text size shown. */
export const zoomHintText = (text: TextSize): string => (text === 'large' ? ZOOM_HINT_ZOOM : ZOOM_HINT);

/** Whether a window of `width` × `height` CSS pixels at `pixelRatio` device pixels each is a large screen at about its own size (a maximized, not full-screen, window on a 1920×1080 screen is about 900 high). */
export const needsZoomHint = (width: number, height: number, pixelRatio: number): boolean => width >= 1700 && height >= 850 && pixelRatio < 1.25;

/** Shows or hides the note in `note` as the window now is, in the words for the text size `text`. */
export function showZoomHint(note: HTMLElement, text: TextSize): void {
  note.textContent = zoomHintText(text);
  note.hidden = !needsZoomHint(innerWidth, innerHeight, devicePixelRatio);
}
