// Applies the reader's saved colour theme before the page paints (no flash of the wrong theme).
// A plain blocking script, not inline, so the Content-Security-Policy needs no 'unsafe-inline'.
(function () {
  try {
    var saved = localStorage.getItem('theme');
    if (saved === 'light' || saved === 'dark') document.documentElement.dataset.theme = saved;
  } catch (e) {
    // Storage blocked: the system setting applies.
  }
})();
