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

// Review: the reviewer's name and the write token live in this tab's session; each review form
// posts its fields as JSON to its data-url with them, then reloads the page to show the result.
(function () {
  var store = window.sessionStorage;
  function fill(form) {
    form.elements.by.value = store.getItem("dossier.by") || "";
    form.elements.token.value = store.getItem("dossier.token") || "";
  }
  document.querySelectorAll("form.reviewer-form").forEach(fill);
  document.addEventListener("submit", function (e) {
    var form = e.target;
    if (form.classList.contains("reviewer-form")) {
      e.preventDefault();
      store.setItem("dossier.by", form.elements.by.value.trim());
      store.setItem("dossier.token", form.elements.token.value.trim());
      form.closest("details").open = false;
      return;
    }
    if (!form.classList.contains("review")) { return; }
    e.preventDefault();
    var out = form.querySelector("output");
    var body = {by: store.getItem("dossier.by") || ""};
    Array.prototype.forEach.call(form.elements, function (el) {
      if (el.name) { body[el.name] = el.value; }
    });
    if (!body.by || !store.getItem("dossier.token")) {
      var box = document.querySelector("details.reviewer");
      if (box) { box.open = true; }
      if (out) { out.textContent = "Give your name and the write token under Review first."; }
      return;
    }
    fetch(form.getAttribute("data-url"), {
      method: "POST",
      headers: {"Content-Type": "application/json", "Authorization": "Bearer " + store.getItem("dossier.token")},
      body: JSON.stringify(body)
    }).then(function (r) {
      if (r.ok) { window.location.reload(); return; }
      return r.json().then(function (j) { if (out) { out.textContent = j.message || ("error " + r.status); } });
    }).catch(function (err) { if (out) { out.textContent = String(err); } });
  });
})();
