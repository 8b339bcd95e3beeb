/**
 * The release choice on list pages: hides the errors the chosen line's checked releases do not send
 * (each list item carries `data-release-lines`), says how many remain, and keeps the choice in the
 * URL as `?release=5.8` so a link shows the same list.
 */
export function armReleaseChoice(): void {
  for (const form of document.querySelectorAll<HTMLFormElement>('[data-release-choice]')) {
    const select = form.querySelector<HTMLSelectElement>('select[name="release"]')!;
    const status = form.querySelector<HTMLElement>('[data-release-choice-status]')!;
    form.hidden = false;
    form.addEventListener('submit', (event) => event.preventDefault());
    const fromUrl = new URL(window.location.href).searchParams.get('release') ?? '';
    if ([...select.options].some((option) => option.value === fromUrl)) select.value = fromUrl;
    select.addEventListener('change', () => {
      const url = new URL(window.location.href);
      if (select.value) url.searchParams.set('release', select.value);
      else url.searchParams.delete('release');
      window.history.replaceState(null, '', url);
      apply(select, status);
    });
    apply(select, status);
  }
}

function apply(select: HTMLSelectElement, status: HTMLElement): void {
  const line = select.value;
  const items = [...document.querySelectorAll<HTMLElement>('[data-release-lines]')];
  for (const item of items) item.hidden = Boolean(line) && !(item.dataset['releaseLines'] ?? '').split(' ').includes(line);
  // A category whose errors are all hidden disappears with its heading.
  for (const section of document.querySelectorAll<HTMLElement>('section:has([data-release-lines])')) {
    section.hidden = [...section.querySelectorAll<HTMLElement>('[data-release-lines]')].every((item) => item.hidden);
  }
  const shown = items.filter((item) => !item.hidden).length;
  const label = select.selectedOptions[0]?.textContent ?? '';
  status.textContent = line ? `${shown} of ${items.length} errors are sent by ${label}.` : '';
}
