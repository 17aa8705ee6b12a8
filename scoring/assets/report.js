// digimeter report: sortable tables (a header's button: click, Enter or Space) and table
// filters. Inline in the page's head, so it starts when the document has been parsed.
document.addEventListener("DOMContentLoaded", function () {
  "use strict";
  var lang = document.documentElement.lang || "nl";
  function cellKey(td, numeric) {
    if (!td) return null;
    if (numeric) {
      var v = td.getAttribute("data-v");
      return v === null || v === "" ? null : parseFloat(v);
    }
    return td.textContent.trim();
  }
  function sortBy(table, index, th) {
    var numeric = th.getAttribute("data-type") === "num";
    var current = th.getAttribute("aria-sort");
    var ascending = current === "none" || current === null ? !numeric : current === "descending";
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = cellKey(a.cells[index], numeric), y = cellKey(b.cells[index], numeric);
      if (x === null && y === null) return 0;
      if (x === null) return 1;   // empty values always last
      if (y === null) return -1;
      var c = numeric ? x - y : x.localeCompare(y, lang, { numeric: true });
      return ascending ? c : -c;
    });
    rows.forEach(function (r) { body.appendChild(r); });
    Array.prototype.forEach.call(th.parentNode.cells, function (h) {
      h.setAttribute("aria-sort", "none");
    });
    th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
  }
  Array.prototype.forEach.call(document.querySelectorAll("table.sortable"), function (table) {
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, index) {
      var button = th.querySelector("button");
      if (button) button.addEventListener("click", function () { sortBy(table, index, th); });
    });
  });
  Array.prototype.forEach.call(document.querySelectorAll("input[data-filter]"), function (input) {
    var table = document.getElementById(input.getAttribute("data-filter"));
    input.addEventListener("input", function () {
      var q = input.value.trim().toLowerCase();
      Array.prototype.forEach.call(table.tBodies[0].rows, function (tr) {
        tr.hidden = q !== "" && tr.textContent.toLowerCase().indexOf(q) < 0;
      });
    });
  });
});
