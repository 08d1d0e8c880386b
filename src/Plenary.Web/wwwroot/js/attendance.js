// The fast attendance list (Pages/Participation/Attendance): the page works without this script (find, tick, save).
// With it, the list narrows as one types in the search box, and each tick is saved at once (the page handler "Tick"),
// the row keeping the delegation's new version for the next tick. A refused tick is undone and its reason announced.
(function () {
  "use strict";

  function start() {
    var form = document.querySelector("form[data-attendance]");
    var search = document.querySelector("form[data-attendance-search] input[type=search]");
    var status = document.getElementById("attendance-status");
    var count = document.getElementById("attendance-count");
    if (!form) return;
    var token = form.querySelector("input[name=__RequestVerificationToken]");
    var save = form.querySelector("[data-attendance-save]");
    if (save) save.hidden = true;

    if (search) {
      search.addEventListener("input", function () {
        var q = search.value.trim().toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "");
        form.querySelectorAll("tbody tr").forEach(function (row) {
          row.hidden = q.length > 0 && row.getAttribute("data-name").indexOf(q) < 0;
        });
      });
    }

    form.addEventListener("change", function (event) {
      var box = event.target;
      if (!box.matches("input[type=checkbox]")) return;
      var row = box.closest("tr");
      var field = function (name) { return row.querySelector("input[name$='." + name + "']"); };
      var data = new FormData();
      data.append("__RequestVerificationToken", token.value);
      data.append("row.Kind", field("Kind").value);
      data.append("row.Participant", field("Participant").value);
      data.append("row.Version", field("Version").value);
      data.append("row.Present", box.checked ? "true" : "false");
      box.disabled = true;
      fetch(window.location.pathname + "?handler=Tick", { method: "POST", body: data, credentials: "same-origin" })
        .then(function (response) {
          return response.json().catch(function () { return {}; }).then(function (body) { return { ok: response.ok, body: body }; });
        })
        .then(function (result) {
          if (result.ok) {
            field("Version").value = result.body.version;
            field("Was").value = box.checked ? "true" : "false";
            if (count) count.textContent = form.querySelectorAll("input[type=checkbox]:checked").length;
            status.textContent = result.body.message;
          } else {
            box.checked = !box.checked;
            status.textContent = (result.body && result.body.detail) || "The tick was not saved; reload the page and try again.";
          }
        })
        .catch(function () {
          box.checked = !box.checked;
          status.textContent = "The tick was not saved: the connection failed. Try again.";
        })
        .finally(function () { box.disabled = false; box.focus(); });
    });
  }

  document.addEventListener("DOMContentLoaded", start);
})();
