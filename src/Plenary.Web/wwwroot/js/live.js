// Live views (ADR 0017). An element with data-live="NAME" and data-live-src="/…/stream" follows that
// Server-Sent Events stream; the feature's own script registers how NAME is drawn:
//   PlenaryLive.register("speakers", function (element, state, version) { … });
// The page is complete without this script: it only keeps what is shown up to date. The browser's
// EventSource reconnects by itself, and the server sends the current state first, so a viewer who
// comes back is up to date at once. data-live-status says "live" or "reconnecting" for the page's styles.
// Each connection also starts with the server's clock ("clock" event): PlenaryLive.now() is the server's
// time as this viewer best knows it, so clocks computed from stored instants agree across viewers.
(function () {
  "use strict";
  var renderers = {};
  var offset = 0;

  function follow(element) {
    var name = element.getAttribute("data-live");
    if (element.hasAttribute("data-live-following") || !renderers[name]) return;
    element.setAttribute("data-live-following", "");
    var source = new EventSource(element.getAttribute("data-live-src"));
    source.addEventListener("clock", function (event) {
      var server = parseInt(event.data, 10);
      if (!isNaN(server)) offset = server - Date.now();
    });
    source.addEventListener("state", function (event) {
      renderers[name](element, JSON.parse(event.data), event.lastEventId);
      element.setAttribute("data-live-version", event.lastEventId);
      element.setAttribute("data-live-status", "live");
    });
    source.addEventListener("error", function () {
      element.setAttribute("data-live-status", "reconnecting");
    });
  }

  function start() {
    document.querySelectorAll("[data-live][data-live-src]").forEach(follow);
  }

  window.PlenaryLive = {
    register: function (name, render) {
      renderers[name] = render;
      if (document.readyState !== "loading") start();
    },
    /** The server's time now, in Unix milliseconds. */
    now: function () { return Date.now() + offset; },
  };
  document.addEventListener("DOMContentLoaded", start);
})();
