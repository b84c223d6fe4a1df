// Dossier web UI: flashes the source a citation points at. No network, no third-party code.
"use strict";
document.addEventListener("click", function (e) {
  var a = e.target.closest ? e.target.closest("a.cite") : null;
  if (!a) { return; }
  var id = a.getAttribute("href").slice(1);
  var el = document.getElementById(id);
  if (!el) { return; }
  el.classList.add("flash");
  setTimeout(function () { el.classList.remove("flash"); }, 1600);
});
