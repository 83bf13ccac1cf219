// Applies the saved theme before first paint, so a dark-mode reader never sees a white flash.
(function () {
  try {
    var saved = JSON.parse(localStorage.getItem('nn-book:theme') || 'null');
    var mode = saved && saved.state && saved.state.mode;
    if (mode === 'light' || mode === 'dark' || mode === 'projector') document.documentElement.dataset.theme = mode;
  } catch (e) { /* storage may be disabled: follow the system */ }
})();
