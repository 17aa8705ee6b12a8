// The buttons a page's content can be clicked on whose target the DOM does not name
// (crawler/render.py, click_ways): each is marked data-digimeter-click="<n>" and its text
// returned. window.open is replaced by a recorder, so a click opens no window.
(limit) => {
  const skip = "header, footer, nav, aside, [role=banner], [role=navigation],"
    + " [role=contentinfo], [role=dialog], [class*=cookie], [id*=cookie]";
  const root = document.querySelector("main, [role=main], #content, #main, article")
    || document.body;
  const attrs = ["data-href", "data-link", "data-target-url", "data-url", "data-navigate"];
  const named = (el) => attrs.some((a) => el.getAttribute(a))
    || /location|window\.open/.test(el.getAttribute("onclick") || "");
  // a button that opens or closes part of the page (accordion, menu, tab) goes nowhere
  const disclosure = (el) => ["aria-expanded", "aria-controls", "aria-haspopup", "data-toggle",
    "data-bs-toggle", "data-dismiss"].some((a) => el.hasAttribute(a))
    || /accordion|toggle|collapse|dropdown|\btabs?\b|close|menu/i.test(el.className || "");
  const selector = "button, input[type=button], [role=button], [role=link],"
    + " a[href^='javascript:'], a[href='#'], [onclick]";
  const found = [];
  for (const el of root.querySelectorAll(selector)) {
    if (found.length >= limit) break;
    if (el.closest(skip) || named(el) || el.disabled || disclosure(el)) continue;
    // a form's own submit button: the form is read from the DOM, never submitted
    if (el.form && (el.getAttribute("type") || "submit").toLowerCase() === "submit") continue;
    const box = el.getBoundingClientRect();
    if (!box.width || !box.height) continue;
    el.setAttribute("data-digimeter-click", String(found.length));
    const text = el.innerText || el.value || el.getAttribute("aria-label") || el.title || "";
    found.push(text.trim().slice(0, 120));
  }
  window.__digimeterOpened = [];
  window.open = (url) => { window.__digimeterOpened.push(String(url)); return null; };
  return found;
}
