// The reader's chosen colour scheme, applied before the page is drawn (so a dark choice never flashes light).
// Loaded without defer in <head>; the switch itself is in reader.js.
(function () {
  'use strict';
  try {
    var theme = window.localStorage.getItem('hc.theme');
    if (theme === 'light' || theme === 'dark') {
      document.documentElement.setAttribute('data-theme', theme);
    }
  } catch (e) { /* storage blocked: follow the system */ }
})();
