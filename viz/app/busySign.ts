/**
 * The sign that the run is being computed again (after a setting changes, the engine reruns it
 * from day 0 and returns to the day shown; a late day takes a moment). While any such work is
 * under way the sign shows and says so (it is a status region), and the regions it redraws are
 * marked aria-busy. The sign floats over the page (style.css) and hides by its opacity, so nothing
 * moves when it comes and goes and screen readers still hear its words.
 */
export class BusySign {
  private jobs = 0;
  private ended = false;

  constructor(
    private readonly sign: HTMLElement,
    private readonly text: HTMLElement,
    private readonly regions: readonly HTMLElement[],
    private readonly words: string,
  ) {}

  /** Shows the sign until `work` settles; with several jobs under way, until the last one does. */
  during<T>(work: Promise<T>): Promise<T> {
    this.jobs++;
    this.show();
    return work.finally(() => {
      this.jobs--;
      this.show();
    });
  }

  /** Hides the sign for good: the work under way will never settle (the engine has stopped). */
  end(): void {
    this.ended = true;
    this.show();
  }

  private show(): void {
    const busy = !this.ended && this.jobs > 0;
    this.sign.dataset.busy = String(busy);
    this.text.textContent = busy ? this.words : '';
    for (const region of this.regions) region.setAttribute('aria-busy', String(busy));
  }
}
