// Advance widths of DejaVu Sans, the font exported figures are drawn with where the theme's fonts
// are missing (viz/report/export.ts), in thousandths of an em. Measured once with resvg (each
// glyph 30 times minus 10 times, between two H's, at 100 px); regenerate the same way if the
// export font changes.

/** The characters measured, in code point order. */
const CHARACTERS = " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~·×é–—’…−≤≥";
const REGULAR = [318, 401, 460, 838, 637, 951, 780, 275, 390, 390, 500, 838, 318, 361, 318, 337, 637, 637, 637, 637, 637, 637, 637, 637, 637, 637, 337, 337, 838, 838, 838, 531, 1000, 712, 686, 698, 770, 632, 576, 775, 752, 295, 295, 656, 557, 863, 748, 787, 603, 787, 695, 635, 593, 732, 684, 988, 685, 610, 685, 390, 337, 390, 838, 500, 500, 613, 635, 550, 635, 615, 345, 635, 634, 278, 278, 579, 278, 974, 634, 611, 635, 635, 394, 521, 392, 634, 592, 818, 592, 592, 525, 637, 337, 637, 838, 318, 838, 615, 500, 1000, 318, 1000, 838, 838, 838];
const BOLD = [348, 456, 521, 838, 696, 1002, 872, 306, 457, 457, 523, 838, 380, 415, 380, 365, 696, 696, 696, 696, 696, 696, 696, 696, 696, 696, 400, 400, 838, 838, 838, 580, 1000, 774, 762, 734, 830, 683, 683, 821, 837, 372, 372, 775, 637, 995, 837, 850, 733, 850, 770, 676, 706, 812, 774, 1103, 771, 724, 725, 457, 365, 457, 838, 500, 500, 675, 716, 593, 716, 678, 405, 716, 712, 343, 343, 665, 343, 1042, 712, 687, 716, 716, 493, 595, 478, 712, 652, 924, 645, 652, 582, 712, 365, 712, 838, 380, 838, 678, 500, 1000, 380, 1000, 838, 838, 838];
/** A character not measured counts as wide as the widest common glyphs, so the figure leaves room for it. */
const OTHER = 1000;

const regular = new Map([...CHARACTERS].map((c, i) => [c, REGULAR[i]]));
const bold = new Map([...CHARACTERS].map((c, i) => [c, BOLD[i]]));

/** The width in pixels of `text` drawn in DejaVu Sans at `fontSize` px, bold if `weight` says so. */
export function dejaVuWidth(text: string, fontSize: number, weight?: string | number): number {
  const widths = weight === 'bold' || Number(weight) >= 600 ? bold : regular;
  let thousandths = 0;
  for (const c of text) thousandths += widths.get(c) ?? OTHER;
  return (thousandths * fontSize) / 1000;
}
