/* ksplan site: instant search over the index built with the site (suche/index.js sets
   window.KSPLAN_SEARCH). No framework, nothing fetched: it works from file:// too.
   Without JavaScript the page is a plain list with filter links. */
(function () {
  "use strict";
  var index = window.KSPLAN_SEARCH;
  var form = document.querySelector("form.instant");
  var input = document.getElementById("q");
  var box = document.getElementById("results");
  var list = document.getElementById("results-list");
  var counter = document.getElementById("results-count");
  var listing = document.getElementById("listing");
  if (!index || !form || !input || !box || !list || !counter) { return; }

  function fold(text) {
    return text.toLowerCase()
      .replace(/ä/g, "ae").replace(/ö/g, "oe").replace(/ü/g, "ue").replace(/ß/g, "ss")
      .normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  }
  var folded = index.map(function (e) { return fold(e.t + " " + e.x + " " + e.k); });
  var root = box.getAttribute("data-root") || "";
  var shown = parseInt(box.getAttribute("data-shown"), 10) || 50;

  function show(query) {
    var terms = fold(query).split(/\s+/).filter(Boolean);
    list.textContent = "";
    if (!terms.length) {
      box.hidden = true;
      if (listing) { listing.hidden = false; }
      return;
    }
    var found = [];
    for (var i = 0; i < index.length; i++) {
      var text = folded[i];
      if (terms.every(function (t) { return text.indexOf(t) !== -1; })) { found.push(index[i]); }
    }
    found.slice(0, shown).forEach(function (e) {
      var li = document.createElement("li");
      var kind = document.createElement("span");
      kind.className = "kind";
      kind.textContent = (box.getAttribute("data-kind-" + e.k) || e.k) + ": ";
      var a = document.createElement("a");
      a.href = root + e.u;
      a.textContent = e.t;
      li.appendChild(kind);
      li.appendChild(a);
      if (e.x) {
        var extra = document.createElement("span");
        extra.className = "muted";
        extra.textContent = " – " + e.x;
        li.appendChild(extra);
      }
      list.appendChild(li);
    });
    if (!found.length) {
      counter.textContent = box.getAttribute("data-none");
    } else if (found.length > shown) {
      counter.textContent = box.getAttribute("data-more")
        .replace("{shown}", String(shown)).replace("{total}", String(found.length));
    } else {
      counter.textContent = box.getAttribute("data-count") + ": " + found.length;
    }
    box.hidden = false;
    if (listing) { listing.hidden = true; }
  }

  form.hidden = false;
  form.addEventListener("submit", function (event) { event.preventDefault(); show(input.value); });
  input.addEventListener("input", function () { show(input.value); });
  var asked = new URLSearchParams(window.location.search).get("q");
  if (asked) { input.value = asked; show(asked); }
})();
