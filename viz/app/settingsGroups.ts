/**
 * The width under which the controls come above the team view (style.css). There the settings
 * ran to about 4,150 px on a phone before the team view; folded, the team view starts on the
 * first screen.
 */
export const NARROW_SCREEN = '(max-width: 700px)';

/**
 * Folds the groups of settings on a narrow screen when the page opens; a window that widens past
 * it opens them again, as beside the team view their summaries are not shown to open them by.
 * A window that narrows leaves them as they are: folding what someone has open would lose their place.
 */
export function foldSettingsOnNarrowScreens(groups: readonly HTMLDetailsElement[], narrow: MediaQueryList = matchMedia(NARROW_SCREEN)): void {
  if (narrow.matches) setOpen(groups, false);
  narrow.addEventListener('change', (e) => {
    if (!e.matches) setOpen(groups, true);
  });
}

/**
 * Opens the groups that hold `controls` (the settings a message names): folded, a setting named
 * could be neither seen nor reached with Tab. Other groups stay as they are.
 */
export function openGroupsHolding(controls: readonly Element[]): void {
  for (const control of controls) {
    const group = control.closest<HTMLDetailsElement>('details.settings-group');
    if (group) group.open = true;
  }
}

function setOpen(groups: readonly HTMLDetailsElement[], open: boolean): void {
  for (const group of groups) group.open = open;
}

/** What a folded levers group's summary adds: how many lever changes it holds (" (2 changed)"), or nothing. */
export const changedSuffix = (count: number) => (count === 0 ? '' : ` (${count} changed)`);
