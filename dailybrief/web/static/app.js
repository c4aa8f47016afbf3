// Small helpers for every page: confirm before destructive forms.
(function () {
  "use strict";
  document.addEventListener("submit", function (ev) {
    const form = ev.target;
    const question = form.dataset ? form.dataset.confirm : "";
    if (question && !window.confirm(question)) {
      ev.preventDefault();
      ev.stopImmediatePropagation();
    }
  }, true);
})();
