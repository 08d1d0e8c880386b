// The list of speakers' live pages (ADR 0019), on top of live.js. The pages are complete without this script.
//  - Clocks: every element with data-clock shows the time spoken, computed from the stored instants it carries
//    (data-floor-since: when the clock last started, empty while stopped; data-elapsed-ms: what ran before) and the
//    server's time (PlenaryLive.now()), so every viewer on every instance shows the same time. Past data-limit
//    (seconds, 0 for none) it takes the class "over".
//  - "room" (the room display): draws each new state of the list.
//  - "refresh" (the list, the Chair's screen): when the list has changed, fetches the page again and puts its new
//    #floor in place, keeping the focus where it was, and brings every form's Version up to date.
(function () {
  "use strict";

  function format(ms) {
    var seconds = Math.max(0, Math.floor(ms / 1000));
    var m = Math.floor(seconds / 60), s = seconds % 60;
    return m + ":" + (s < 10 ? "0" : "") + s;
  }

  function tick() {
    var now = window.PlenaryLive ? window.PlenaryLive.now() : Date.now();
    document.querySelectorAll("[data-clock]").forEach(function (clock) {
      if (clock.getAttribute("data-active") === "false") { clock.textContent = ""; clock.classList.remove("over"); return; }
      var since = clock.getAttribute("data-floor-since");
      var elapsed = parseInt(clock.getAttribute("data-elapsed-ms") || "0", 10) + (since ? Math.max(0, now - Date.parse(since)) : 0);
      var limit = parseInt(clock.getAttribute("data-limit") || "0", 10) * 1000;
      clock.textContent = format(elapsed);
      clock.classList.toggle("over", limit > 0 && elapsed > limit);
      clock.classList.toggle("stopped", !since);
    });
  }

  function set(root, name, text) {
    var element = root.querySelector("[data-room='" + name + "']");
    if (element) element.textContent = text;
  }

  function room(element, state) {
    set(element, "item", state.item ? "Item " + state.item + ": " + (state.itemTitle || "") : "List of speakers");
    set(element, "sitting", state.sitting || "");
    set(element, "speaker", state.current ? state.current.label : "\u2014");
    var clock = element.querySelector("[data-room='clock']");
    if (clock) {
      clock.setAttribute("data-active", state.current ? "true" : "false");
      clock.setAttribute("data-floor-since", state.current && state.current.floorSince ? state.current.floorSince : "");
      clock.setAttribute("data-elapsed-ms", state.current ? String(state.current.elapsedBeforeMs) : "0");
      clock.setAttribute("data-limit", String(state.timeLimitSeconds));
    }
    set(element, "limit", state.timeLimitSeconds ? "of " + format(state.timeLimitSeconds * 1000) : "");
    var list = element.querySelector("[data-room='next']");
    if (list) {
      list.replaceChildren.apply(list, state.next.map(function (speaker) {
        var li = document.createElement("li");
        li.textContent = speaker.label;
        return li;
      }));
    }
    set(element, "more", state.waiting > state.next.length ? "and " + (state.waiting - state.next.length) + " more"
      : state.next.length === 0 ? "Nobody is waiting for the floor." : "");
    element.setAttribute("data-version", String(state.version));
    tick();
  }

  var refreshing = false, pending = null;
  function refresh(element, state) {
    if (String(state.version) === element.getAttribute("data-version")) return;
    if (refreshing) { pending = state; return; }
    refreshing = true;
    var focused = document.activeElement && document.activeElement.id;
    fetch(window.location.pathname, { credentials: "same-origin", headers: { "Accept": "text/html" } })
      .then(function (response) { return response.ok ? response.text() : null; })
      .then(function (html) {
        if (!html) return;
        var page = new DOMParser().parseFromString(html, "text/html");
        var fresh = page.getElementById(element.id);
        if (!fresh) return;
        element.innerHTML = fresh.innerHTML;
        var version = fresh.getAttribute("data-version");
        element.setAttribute("data-version", version);
        document.querySelectorAll("input[name=Version], input[name=version]").forEach(function (input) {
          if (!input.closest("#confirm-removal")) input.value = version;
        });
        var again = focused && document.getElementById(focused);
        if (again) again.focus();
        else if (focused === "next-speaker" || !document.activeElement || document.activeElement === document.body) {
          var next = document.getElementById("next-speaker");
          if (next && !next.disabled) next.focus();
        }
        tick();
      })
      .finally(function () {
        refreshing = false;
        var later = pending;
        pending = null;
        // A change that arrived while the page was being fetched: one more fetch, never a loop.
        if (later && later !== state) refresh(element, later);
      });
  }

  if (window.PlenaryLive) {
    window.PlenaryLive.register("room", room);
    window.PlenaryLive.register("refresh", refresh);
  }
  setInterval(tick, 250);
  document.addEventListener("DOMContentLoaded", tick);
})();
