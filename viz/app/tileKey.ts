import { keyEntries, keyTitle, tileColor, type TileMeasure } from './tileScale';

/** Fills the colour key under the team view for the chosen scale: its title (after the list that chooses it) and its entries, drawn with the tiles' own colours. */
export function fillTileKey(title: HTMLElement, key: HTMLElement, measure: TileMeasure): void {
  const entry = (className: string, background: string, text: string) => {
    const item = document.createElement('span');
    item.className = 'key-item';
    const swatch = document.createElement('span');
    swatch.className = `swatch ${className}`;
    if (background.startsWith('linear-gradient')) swatch.style.backgroundImage = background;
    else swatch.style.backgroundColor = background;
    item.append(swatch, text);
    return item;
  };
  title.textContent = keyTitle(measure);
  key.dataset.measure = measure;
  key.replaceChildren(
    ...keyEntries(measure).map((e) => entry(e.swatchClass, e.background, e.text)),
    entry('away', tileColor(measure, 30), 'striped: away (on leave or sick)'),
  );
}
