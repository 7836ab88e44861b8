// Moves the focus to the error summary after a refused form, so keyboard and screen-reader users hear the problems first.
(() => {
  const summary = document.getElementById("error-summary");
  if (summary) summary.focus();
})();
