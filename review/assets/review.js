/* digimeter review: the keyboard (written for this app; no framework, no network). */
(function () {
  "use strict";
  var body = document.body;
  var page = body.getAttribute("data-page");
  var blind = body.getAttribute("data-blind") === "1";
  var help = document.getElementById("help");
  var form = document.getElementById("decide");
  var LEVEL_KEYS = { "0": "0", "3": "33", "6": "67", "1": "100" };

  function typing(el) {
    if (!el) return false;
    var tag = el.tagName;
    return tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" || el.isContentEditable;
  }
  function follow(id) {
    var link = document.getElementById(id);
    if (link) window.location.assign(link.href);
  }
  function field(id) { return document.getElementById(id); }
  function submit(action) {
    /* the buttons carry the action: Save (the form's default, also for Enter) or Confirm */
    form.requestSubmit(field(action === "confirm" ? "confirm" : "save"));
  }
  function choose(status, level) {
    field("status-input").value = status;
    if (level !== null) field("level-input").value = level;
    field("strict-input").value = "";
    var unchanged = status === body.getAttribute("data-status") &&
      (status !== "ok" || level === body.getAttribute("data-level"));
    if (blind || unchanged) {
      submit("set");
    } else {
      var reason = field("reason");
      reason.focus();
      reason.select();
    }
  }
  function nextTab() {
    var tabs = Array.prototype.slice.call(document.querySelectorAll("[data-page-tab]"));
    if (!tabs.length) return;
    var at = tabs.findIndex(function (t) { return t.classList.contains("current"); });
    tabs.forEach(function (t) { t.classList.remove("current"); });
    var tab = tabs[(at + 1) % tabs.length];
    tab.classList.add("current");
    field("stored").src = tab.href;
  }

  function verdictKey(event) {
    var key = event.key;
    if (key === "j") follow("next");
    else if (key === "k") follow("prev");
    else if (key === "c" && !blind) submit("confirm");
    else if (LEVEL_KEYS[key]) choose("ok", LEVEL_KEYS[key]);
    else if (key === "n") choose("not_offered", null);
    else if (key === "f") choose("not_found", null);
    else if (key === "s") field("strict-input").focus();
    else if (key === "p") nextTab();
    else return;
    event.preventDefault();
  }

  var selected = 0;
  function rows() { return document.querySelectorAll("#queue tbody tr[data-href]"); }
  function select(i) {
    var all = rows();
    if (!all.length) return;
    selected = Math.max(0, Math.min(i, all.length - 1));
    all.forEach(function (r) { r.classList.remove("selected"); });
    all[selected].classList.add("selected");
    all[selected].scrollIntoView({ block: "nearest" });
  }
  function queueKey(event) {
    var key = event.key;
    if (key === "j") select(selected + 1);
    else if (key === "k") select(selected - 1);
    else if (key === "Enter" && rows().length) window.location.assign(rows()[selected].getAttribute("data-href"));
    else return;
    event.preventDefault();
  }

  document.querySelectorAll("[data-help]").forEach(function (b) {
    b.addEventListener("click", function () { help.showModal(); });
  });
  if (page === "queue") select(0);
  var error = field("error");
  if (error && field("reason")) field("reason").focus();

  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (help && help.open) return; /* Esc closes the dialog */
    if (typing(document.activeElement)) {
      if (event.key === "Escape") document.activeElement.blur();
      return;
    }
    if (event.key === "?") {
      help.showModal();
      event.preventDefault();
    } else if (page === "verdict" && form) {
      verdictKey(event);
    } else if (page === "queue") {
      queueKey(event);
    }
  });
})();
