/** The theme button: flips the theme in effect (saved choice or system setting) and saves the new one. */
export function enableThemeToggle(): void {
  const root = document.documentElement;
  const systemDark = window.matchMedia('(prefers-color-scheme: dark)');
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]')) {
    button.classList.remove('invisible');
    button.addEventListener('click', () => {
      const isDark = root.dataset['theme'] ? root.dataset['theme'] === 'dark' : systemDark.matches;
      const next = isDark ? 'light' : 'dark';
      root.dataset['theme'] = next;
      try {
        localStorage.setItem('theme', next);
      } catch {
        // Storage blocked: the choice lasts for this page only.
      }
    });
  }
}
