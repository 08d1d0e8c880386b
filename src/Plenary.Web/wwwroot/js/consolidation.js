// The live view of the consolidation (an enhancement: the page is complete without it).
// [data-live="consolidation"] follows the consolidation's Server-Sent Events (live.js) and redraws the
// list of consolidated texts from each state; texts are set as text, never as markup.
(function () {
  "use strict";

  function item(t) {
    var li = document.createElement("li");
    li.id = "c-" + t.number;
    li.className = "state-" + t.state.toLowerCase();
    var text = document.createElement("p");
    text.className = "text";
    text.textContent = t.text;
    var meta = document.createElement("p");
    meta.className = "meta";
    meta.textContent = "Consolidated text " + t.number + " · " + t.topic + " · " + t.kind + " · " + t.stateText + " · version " + t.version;
    li.appendChild(text);
    li.appendChild(meta);
    return li;
  }

  PlenaryLive.register("consolidation", function (element, state, version) {
    var list = element.querySelector("[data-consolidation=texts]");
    list.replaceChildren.apply(list, state.texts.map(item));
    element.querySelector("[data-consolidation=empty]").hidden = state.texts.length > 0;
    element.querySelector("[data-consolidation=status]").textContent = state.status ? "(status last published: " + state.status + ")" : "";
    element.setAttribute("data-version", version);
  });
})();
