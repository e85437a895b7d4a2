// A lever's box with more digits than its room (a lever given to nine places, on a 360 px phone) cuts its value with an
// ellipsis (style.css): its title holds the whole value, shown on hover, and follows it as it is typed or set
// (since 0.44.0; before, the cut value could not be read whole without focusing the box).

/** What a box's title says: its whole value with the unit shown beside it ("33.3333333%"), or '' while it is empty. */
export const boxValueTitle = (value: string, unit: string): string => (value === '' ? '' : `${value}${unit}`);

/** Gives `box` its value as its title (boxValueTitle), or none while it is empty. */
export function titleBoxWithValue(box: HTMLInputElement, unit: string): void {
  const title = boxValueTitle(box.value, unit);
  if (title === '') box.removeAttribute('title');
  else box.title = title;
}
