// The report's filters: a conflict is shown when it matches every chosen severity, kind, model and confidence.
(function () {
  "use strict";
  var selects = Array.prototype.slice.call(document.querySelectorAll("select[data-filter]"));
  var conflicts = Array.prototype.slice.call(document.querySelectorAll("#conflicts .conflict"));
  var shown = document.getElementById("shown");

  function matches(conflict) {
    return selects.every(function (select) {
      return !select.value || conflict.getAttribute("data-" + select.getAttribute("data-filter")) === select.value;
    });
  }

  function apply() {
    var count = 0;
    conflicts.forEach(function (conflict) {
      conflict.hidden = !matches(conflict);
      count += conflict.hidden ? 0 : 1;
    });
    shown.textContent = String(count);
  }

  selects.forEach(function (select) { select.addEventListener("change", apply); });
  // a model in the overview's list shows that model's conflicts
  document.querySelectorAll(".disputed a[data-model]").forEach(function (link) {
    link.addEventListener("click", function () {
      selects.forEach(function (select) {
        select.value = select.getAttribute("data-filter") === "model" ? link.getAttribute("data-model") : "";
      });
      apply();
    });
  });
  apply();  // a reloaded page keeps its choices
})();
