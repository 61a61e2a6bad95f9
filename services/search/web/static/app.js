// newsroom search page: progressive enhancement of server-rendered HTML. Without this file
// every link and form is a plain GET and the page works the same; with it, results are
// swapped in place (GET /ui/view?<same query>) and the URL follows (history.pushState).
(function () {
  "use strict";
  var app = document.getElementById("app");
  var inflight = null;
  var seq = 0;
  window.nrTimings = [];  // click -> results rendered, ms (read by the browser tests)

  function viewUrl(url) {
    var u = new URL(url, location.href);
    return "/ui/view" + u.search;
  }

  function focusKey(el) {
    if (!el || !app.contains(el)) return null;
    var li = el.closest("[data-value]"), sec = el.closest("[data-facet]");
    if (li && sec) return '[data-facet="' + CSS.escape(sec.dataset.facet) + '"] [data-value="' +
      CSS.escape(li.dataset.value) + '"] .' + (el.classList.contains("exc") ? "exc" : "inc");
    if (el.id) return "#" + CSS.escape(el.id);
    return null;
  }

  function navigate(url, push) {
    if (!app) { location.href = url; return; }
    var t0 = performance.now();
    if (inflight) inflight.abort();
    var ctrl = new AbortController();
    inflight = ctrl;
    var key = focusKey(document.activeElement);
    document.body.classList.add("loading");
    fetch(viewUrl(url), { headers: { Accept: "text/html" }, signal: ctrl.signal, credentials: "same-origin" })
      .then(function (r) {
        if (r.redirected && new URL(r.url).pathname === "/login") { location.href = url; return null; }
        return r.text();
      })
      .then(function (html) {
        if (html === null || ctrl.signal.aborted) return;
        app.innerHTML = html;
        if (push) history.pushState({ nr: true }, "", url);
        var q = document.getElementById("q");
        document.title = (q && q.value ? q.value + " · " : "") + "newsroom";
        var target = key && app.querySelector(key);
        (target || document.getElementById("results") || app).focus({ preventScroll: !!target });
        seq += 1;
        document.documentElement.dataset.navSeq = String(seq);
        window.nrTimings.push(performance.now() - t0);
      })
      .catch(function (err) { if (err.name !== "AbortError") location.href = url; })
      .finally(function () { if (inflight === ctrl) { inflight = null; document.body.classList.remove("loading"); } });
  }

  function formUrl(form, extra) {
    var params = new URLSearchParams();
    new FormData(form).forEach(function (v, k) { if (String(v).trim() !== "") params.append(k, v); });
    (extra || []).forEach(function (kv) { params.append(kv[0], kv[1]); });
    var s = params.toString();
    return (form.getAttribute("action") || "/") + (s ? "?" + s : "");
  }

  if (app) {
    history.replaceState({ nr: true }, "", location.href);
    document.addEventListener("click", function (e) {
      var a = e.target.closest("a[data-nav]");
      if (!a || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
      if (a.closest(".hist") && dragMoved) { e.preventDefault(); return; }
      e.preventDefault();
      navigate(a.getAttribute("href") || a.href.baseVal, true);
    });
    document.addEventListener("submit", function (e) {
      var form = e.target.closest("form[data-nav]");
      if (!form) return;
      e.preventDefault();
      closeSuggest();
      navigate(formUrl(form), true);
    });
    window.addEventListener("popstate", function () { navigate(location.href, false); });
  }

  // "/" focuses the search box (unless typing somewhere).
  document.addEventListener("keydown", function (e) {
    if (e.key !== "/" || e.ctrlKey || e.metaKey || e.altKey) return;
    var t = e.target;
    if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) return;
    var q = document.getElementById("q");
    if (q) { e.preventDefault(); q.focus(); q.select(); }
  });

  // The box inside a long facet list filters its values; for people, organisations and places
  // it also finds names beyond the listed ones (from /entities, counted over all articles).
  var ENTITY_TYPES = { person: "PERSON", organization: "ORG", place: "PLACE" }, findTimer = null;
  document.addEventListener("input", function (e) {
    if (!e.target.classList.contains("facet-filter")) return;
    var input = e.target, facet = input.closest(".facet"), needle = input.value.trim().toLowerCase();
    facet.querySelectorAll("li.more").forEach(function (li) { li.remove(); });
    facet.querySelectorAll("li[data-value]").forEach(function (li) {
      li.hidden = needle !== "" && li.dataset.value.toLowerCase().indexOf(needle) < 0;
    });
    var type = ENTITY_TYPES[facet.dataset.facet];
    clearTimeout(findTimer);
    if (!type || needle.length < 2) return;
    findTimer = setTimeout(function () {
      fetch("/entities?size=10&type=" + type + "&prefix=" + encodeURIComponent(needle), { credentials: "same-origin" })
        .then(function (r) { return r.ok ? r.json() : { hits: [] }; })
        .then(function (data) {
          if (input.value.trim().toLowerCase() !== needle) return;
          var list = facet.querySelector("ul"), shown = {};
          list.querySelectorAll("li[data-value]").forEach(function (li) { shown[li.dataset.value] = true; });
          (data.hits || []).forEach(function (h) {
            if (shown[h.name]) return;
            var params = new URLSearchParams(location.search);
            params.append("entity", h.name); params.delete("page");
            var li = document.createElement("li"), a = document.createElement("a");
            li.className = "fv more"; li.dataset.value = h.name;
            a.className = "inc"; a.href = "/?" + params.toString(); a.setAttribute("data-nav", "");
            a.title = h.count + " articles in all";
            a.textContent = h.name;
            li.appendChild(a); list.appendChild(li);
          });
        })
        .catch(function () {});
    }, 150);
  });

  // Entity autocomplete in the search box, from /entities.
  var suggestTimer = null, active = -1, lastToken = "";
  function suggestBox() { return document.getElementById("suggest"); }
  function closeSuggest() {
    var box = suggestBox(), q = document.getElementById("q");
    if (box) { box.hidden = true; box.innerHTML = ""; }
    if (q) { q.setAttribute("aria-expanded", "false"); q.removeAttribute("aria-activedescendant"); }
    active = -1;
  }
  function token(value) {
    var m = /(?:^|\s)([^\s"+\-|*()][^\s"|*()]*)$/.exec(value);
    return m ? m[1] : "";
  }
  function pick(li) {
    var q = document.getElementById("q"), form = q.form;
    q.value = q.value.slice(0, q.value.length - lastToken.length).trim();
    closeSuggest();
    navigate(formUrl(form, [["entity", li.dataset.name]]), true);
  }
  function setActive(i) {
    var items = suggestBox().querySelectorAll("li");
    if (!items.length) return;
    active = (i + items.length) % items.length;
    items.forEach(function (li, j) { li.setAttribute("aria-selected", j === active ? "true" : "false"); });
    document.getElementById("q").setAttribute("aria-activedescendant", items[active].id);
  }
  document.addEventListener("input", function (e) {
    if (e.target.id !== "q") return;
    clearTimeout(suggestTimer);
    var tok = token(e.target.value);
    if (tok.length < 2) { closeSuggest(); return; }
    suggestTimer = setTimeout(function () {
      fetch("/entities?size=8&prefix=" + encodeURIComponent(tok), { credentials: "same-origin" })
        .then(function (r) { return r.ok ? r.json() : { hits: [] }; })
        .then(function (data) {
          var box = suggestBox(), q = document.getElementById("q");
          if (!box || token(q.value) !== tok) return;
          lastToken = tok;
          box.innerHTML = "";
          (data.hits || []).forEach(function (h, i) {
            var li = document.createElement("li");
            li.id = "sugg-" + i; li.setAttribute("role", "option"); li.dataset.name = h.name;
            var name = document.createElement("span"); name.textContent = h.name;
            var type = document.createElement("span"); type.className = "type"; type.textContent = h.type + " · " + h.count;
            li.appendChild(name); li.appendChild(type);
            li.addEventListener("mousedown", function (ev) { ev.preventDefault(); pick(li); });
            box.appendChild(li);
          });
          box.hidden = !box.children.length;
          q.setAttribute("aria-expanded", box.hidden ? "false" : "true");
          active = -1;
        })
        .catch(function () { closeSuggest(); });
    }, 120);
  });
  document.addEventListener("keydown", function (e) {
    if (e.target.id !== "q") return;
    var box = suggestBox();
    if (!box || box.hidden) return;
    if (e.key === "ArrowDown") { e.preventDefault(); setActive(active + 1); }
    else if (e.key === "ArrowUp") { e.preventDefault(); setActive(active - 1); }
    else if (e.key === "Escape") { closeSuggest(); }
    else if (e.key === "Enter" && active >= 0) { e.preventDefault(); pick(box.querySelectorAll("li")[active]); }
  });
  document.addEventListener("focusout", function (e) { if (e.target.id === "q") setTimeout(closeSuggest, 150); });

  // Published histogram: drag across bars to select a range (a click selects one bar).
  var dragStart = null, dragEnd = null, dragMoved = false;
  function bar(el) { return el && el.closest && el.closest(".hist a.bar"); }
  function bars() { return Array.prototype.slice.call(document.querySelectorAll(".hist a.bar")); }
  function paint() {
    var all = bars(), a = all.indexOf(dragStart), b = all.indexOf(dragEnd);
    all.forEach(function (el, i) { el.classList.toggle("drag", i >= Math.min(a, b) && i <= Math.max(a, b)); });
  }
  document.addEventListener("pointerdown", function (e) {
    var b = bar(e.target);
    if (!b || e.button !== 0) return;
    dragStart = dragEnd = b; dragMoved = false;
  });
  document.addEventListener("pointermove", function (e) {
    if (!dragStart) return;
    var b = bar(document.elementFromPoint(e.clientX, e.clientY));
    if (b && b !== dragEnd) { dragEnd = b; dragMoved = true; paint(); }
  });
  document.addEventListener("pointerup", function () {
    if (!dragStart) return;
    var all = bars(), a = all.indexOf(dragStart), b = all.indexOf(dragEnd);
    dragStart = null;
    if (!dragMoved) return;
    var lo = all[Math.min(a, b)], hi = all[Math.max(a, b)];
    var params = new URLSearchParams(location.search);
    params.set("published_from", lo.dataset.start); params.set("published_to", hi.dataset.end); params.delete("page");
    navigate("/?" + params.toString(), true);
    setTimeout(function () { dragMoved = false; }, 0);
  });

  // Article view: switch entity marks on and off (the URL keeps the choice).
  var toggle = document.getElementById("ents-toggle");
  if (toggle) {
    toggle.addEventListener("change", function () {
      document.getElementById("body").classList.toggle("show-ents", toggle.checked);
      var u = new URL(location.href);
      if (toggle.checked) u.searchParams.delete("entities"); else u.searchParams.set("entities", "off");
      history.replaceState(null, "", u.toString());
    });
  }
})();
