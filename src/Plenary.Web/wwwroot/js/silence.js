// Silence procedures (an enhancement: the pages say everything without it).
// - [data-countdown="ISO"]: the time left until the deadline, ticking every second.
// - [data-local-time="ISO"]: the deadline on the reader's clock, in the zone their browser reports;
//   its [data-local-zone] row is shown only then (without JavaScript the page gives the deadline's zone and UTC).
// - [data-live="silence"]: follows the procedure's Server-Sent Events (live.js): status, deadline and
//   counts change in place; when silence is broken or the procedure ends, the page reloads to show the
//   texts the reader may see.
(function () {
  "use strict";

  function plural(n, word) { return n + " " + word + (n === 1 ? "" : "s"); }

  function left(ms) {
    if (ms <= 0) return "the deadline has passed; the outcome is decided by time";
    var s = Math.floor(ms / 1000);
    var d = Math.floor(s / 86400), h = Math.floor((s % 86400) / 3600), m = Math.floor((s % 3600) / 60), sec = s % 60;
    var parts = [];
    if (d > 0) parts.push(plural(d, "day"));
    if (d > 0 || h > 0) parts.push(plural(h, "hour"));
    parts.push(plural(m, "minute"));
    if (d === 0) parts.push(plural(sec, "second"));
    return parts.join(", ") + " left";
  }

  function tick() {
    document.querySelectorAll("[data-countdown]").forEach(function (el) {
      el.textContent = left(Date.parse(el.getAttribute("data-countdown")) - Date.now());
    });
  }

  function localTimes() {
    var zone;
    try { zone = Intl.DateTimeFormat().resolvedOptions().timeZone; } catch (e) { return; }
    if (!zone) return;
    document.querySelectorAll("[data-local-time]").forEach(function (el) {
      var at = new Date(el.getAttribute("data-local-time"));
      el.textContent = at.toLocaleString("en-GB", { timeZone: zone, day: "numeric", month: "long", year: "numeric", hour: "numeric", minute: "2-digit", hour12: true });
    });
    document.querySelectorAll("[data-local-zone-name]").forEach(function (el) { el.textContent = zone; });
    document.querySelectorAll("[data-local-zone]").forEach(function (el) { el.hidden = false; });
  }

  var last = null;
  function render(element, state) {
    var set = function (name, text) {
      var el = element.querySelector('[data-silence="' + name + '"]');
      if (el && text !== null && text !== undefined) el.textContent = text;
    };
    set("status", state.statusText);
    set("deadline-utc", state.deadlineUtc);
    set("silence", state.breaks === 0 ? "not broken" : "broken (" + plural(state.breaks, "response") + ")");
    set("no-objections", plural(state.noObjections, "member"));
    var deadline = element.querySelector('[data-silence="deadline"]');
    if (deadline) { deadline.textContent = state.deadline; deadline.setAttribute("datetime", state.deadlineAt); }
    document.querySelectorAll("[data-countdown]").forEach(function (el) { el.setAttribute("data-countdown", state.deadlineAt); });
    document.querySelectorAll("[data-local-time]").forEach(function (el) { el.setAttribute("data-local-time", state.deadlineAt); });
    localTimes();
    tick();
    var key = state.status + "/" + state.breaks;
    if (last !== null && last !== key) window.location.reload();
    last = key;
  }

  document.addEventListener("DOMContentLoaded", function () {
    localTimes();
    tick();
    if (document.querySelector("[data-countdown]")) window.setInterval(tick, 1000);
    if (window.PlenaryLive) window.PlenaryLive.register("silence", render);
  });
})();
