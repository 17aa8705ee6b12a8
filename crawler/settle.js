// Installed in every rendered page before its own scripts run (crawler/settle.py): counts
// what the page's scripts still have in progress (unanswered fetch and XMLHttpRequest
// calls, pending short timers) and how often the DOM changed, so the crawler takes the
// DOM once the page is finished rather than at its `load` event.
(() => {
  if (window.__digimeterSettle) return;
  const timers = new Set();
  const state = { requests: 0, mutations: 0, busy: () => state.requests + timers.size };
  window.__digimeterSettle = state;
  const setT = window.setTimeout.bind(window);
  const clearT = window.clearTimeout.bind(window);
  window.setTimeout = function (fn, ms, ...args) {
    if (typeof fn !== "function" || Number(ms || 0) > SHORT_TIMER_MS) return setT(fn, ms, ...args);
    const id = setT(function () { timers.delete(id); return fn.apply(this, args); }, ms);
    timers.add(id);
    return id;
  };
  window.clearTimeout = (id) => { timers.delete(id); return clearT(id); };
  const done = () => { state.requests = Math.max(0, state.requests - 1); };
  if (window.fetch) {
    const fetch0 = window.fetch.bind(window);
    window.fetch = (...args) => {
      state.requests += 1;
      const answer = fetch0(...args);
      // the answer's body is read by the page's own then(): count it done a turn later
      answer.then(() => setT(done, 0), () => setT(done, 0));
      return answer;
    };
  }
  const send0 = XMLHttpRequest.prototype.send;
  XMLHttpRequest.prototype.send = function (...args) {
    state.requests += 1;
    this.addEventListener("loadend", () => setT(done, 0), { once: true });
    return send0.apply(this, args);
  };
  new MutationObserver((changes) => { state.mutations += changes.length; })
    .observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
})();
