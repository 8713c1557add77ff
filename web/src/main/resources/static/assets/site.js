/* L'Heure Civique — small enhancements only: every page works without this file. */
(function () {
  'use strict';
  // After a form comes back with errors, bring the summary into view and focus (autofocus does it in most browsers).
  var summary = document.getElementById('resume-erreurs');
  if (summary && document.activeElement !== summary) {
    summary.focus();
  }
  // Installable on a phone: the service worker caches the static files and the offline page, nothing personal.
  if ('serviceWorker' in navigator && window.isSecureContext) {
    window.addEventListener('load', function () {
      navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(function () { /* the site works without it */ });
    });
  }
}());
