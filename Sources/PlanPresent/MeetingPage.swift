import PlanRender

/// The meeting view's page: the chart page of `exporteer html` inside a frame of its own, a
/// line above it that says what the last command changed, and a small script that takes each
/// new frame from the WebSocket, puts its chart in place without a reload and without losing
/// the scroll position, and highlights the items the command moved for a few seconds. It
/// loads nothing from anywhere: the style and the script are in the page.
enum MeetingPage {
  /// - Complexity: O(frame's size).
  static func html(_ frame: MeetingServer.Frame?, nonce: String) -> String {
    let title = escape(frame?.title ?? "Planwerk")
    let language = frame?.language == "en" ? "en" : "nl"
    let words = Self.words[language]!
    return """
      <!DOCTYPE html>
      <html lang="\(language)">
      <head>
      <meta charset="utf-8">
      <meta name="generator" content="Planwerk">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <title>\(title)</title>
      \(frame?.head ?? "")
      <style>
      body { padding-top: 32px; }
      #pw-bar { position: fixed; top: 0; left: 0; right: 0; z-index: 10; background: #1d3557;
        color: #fff; font: 15px 'DejaVu Sans', sans-serif; padding: 6px 12px; height: 20px;
        line-height: 20px; }
      #pw-text { display: block; overflow: hidden; white-space: nowrap; text-overflow: ellipsis; }
      #pw-bar .pw-state { float: right; opacity: 0.8; }
      #pw-line { font-weight: bold; }
      #pw-line:empty + #pw-command { margin-left: 0; }
      #pw-command { margin-left: 1.2em; opacity: 0.8; font-size: 13px; }
      #pw-warnings { list-style: none; margin: 0; padding: 0; position: absolute; top: 100%;
        left: 0; right: 0; }
      #pw-warnings li { padding: 3px 12px; background: #fff1cc; color: #4a3000;
        border-left: 6px solid #f4a000; border-bottom: 1px solid #e8c36a; font-size: 14px; }
      #pw-axis { position: sticky; top: 32px; height: 0; z-index: 5; visibility: hidden; }
      #pw-axis.pw-stuck { visibility: visible; }
      #pw-axis svg { display: block; box-shadow: 0 3px 4px rgba(0, 0, 0, 0.15); }
      .pw-changed { outline: 3px solid #f4a000; outline-offset: 1px; animation: pw-glow 1s 3; }
      g.pw-changed rect, g.pw-changed path, g.pw-changed polygon { stroke: #f4a000; stroke-width: 3; }
      tr.pw-changed td { background: #fff1cc; }
      @keyframes pw-glow { 50% { outline-color: transparent; } }
      @media print { #pw-bar { display: none; } }
      </style>
      </head>
      <body>
      <div id="pw-bar"><span class="pw-state" id="pw-state">\(words.connecting)</span><span id="pw-text"><span id="pw-line">\(escape(frame?.line ?? ""))</span><span id="pw-command">\(escape(frame?.command ?? ""))</span></span><ul id="pw-warnings">\(warnings(frame?.warnings ?? []))</ul></div>
      <div id="pw-axis" aria-hidden="true"></div>
      <main id="pw-plan" data-serial="\(frame?.serial ?? 0)">
      \(frame?.body.text ?? "<p>\(words.noPlan)</p>")
      </main>
      <script nonce="\(escape(nonce))">
      \(script)
      </script>
      </body>
      </html>

      """
  }

  /// What the page says of its connection, and of a plan not there yet, in each language.
  static let words: [String: (connecting: String, live: String, lost: String, noPlan: String)] = [
    "nl": ("verbinden…", "live", "verbinding weg", "Nog geen plan."),
    "en": ("connecting…", "live", "connection lost", "No plan yet."),
  ]

  /// What a request without the token gets.
  static func forbidden(_ language: String?) -> String {
    language == "en"
      ? "No access: open the address Planwerk gave, with its token.\n"
      : "Geen toegang: open het adres dat Planwerk gaf, met zijn token.\n"
  }

  /// Follows the WebSocket of the page's own address and token; reconnects when the shell
  /// comes back, says when it is gone. A whole frame replaces the chart; a diff replaces the
  /// elements it names, when the page shows the frame it applies to (after a frame the page
  /// missed, the server sends the whole next one). Markup goes in only as HTML to parse,
  /// escaped where it came from the plan: no text of the plan is run.
  static let script = """
    (function () {
      var token = new URLSearchParams(location.search).get("token") || "";
      var plan = document.getElementById("pw-plan");
      var line = document.getElementById("pw-line");
      var command = document.getElementById("pw-command");
      var warnings = document.getElementById("pw-warnings");
      var axis = document.getElementById("pw-axis");
      var state = document.getElementById("pw-state");
      var timer = null;
      // What the connection is called in the page's language, which follows the plan's.
      var words = {
        nl: { live: "live", lost: "verbinding weg", connecting: "verbinden…" },
        en: { live: "live", lost: "connection lost", connecting: "connecting…" }
      };
      function say(word) {
        state.textContent = (words[document.documentElement.lang] || words.nl)[word];
      }
      var marked = [];
      var socket = null;
      // Unmarked, an element is again as a fresh page has it: no empty class left behind.
      function unmark(element) {
        element.classList.remove("pw-changed");
        if (!element.getAttribute("class")) { element.removeAttribute("class"); }
      }
      // Puts the diff's elements in place; false when the page does not have one of them.
      function replace(frame, body) {
        var at = 0;
        for (var i = 0; i < frame.parts.length; i++) {
          var element = document.getElementById(frame.parts[i][0]);
          if (!element || !plan.contains(element)) { return false; }
          element.outerHTML = body.slice(at, at + frame.parts[i][1]);
          at += frame.parts[i][1];
        }
        return true;
      }
      function show(frame, body) {
        var serial = Number(plan.dataset.serial);
        if (frame.parts) {
          if (serial !== frame.base) { return; }
          if (!replace(frame, body)) {
            // Not the chart the diff was made for: a new connection brings it whole.
            socket.close();
            return;
          }
          document.body.dataset.frame = "diff";
          document.body.dataset.replaced = String(frame.parts.length);
        } else {
          if (serial >= frame.serial && frame.serial > 0 && plan.childElementCount > 0) { return; }
          var x = window.scrollX, y = window.scrollY;
          plan.innerHTML = body;
          window.scrollTo(x, y);
          document.body.dataset.frame = "whole";
        }
        plan.dataset.serial = String(frame.serial);
        if (frame.lang && frame.lang !== document.documentElement.lang) {
          document.documentElement.lang = frame.lang;
          if (socket && socket.readyState === 1) { say("live"); }
        }
        line.textContent = frame.line;
        command.textContent = frame.command;
        warnings.textContent = "";
        frame.warnings.forEach(function (text) {
          var item = document.createElement("li");
          item.textContent = text;
          warnings.appendChild(item);
        });
        document.title = frame.title;
        marked.forEach(unmark);
        marked = [];
        frame.changed.forEach(function (id) {
          ["item-", "row-"].forEach(function (prefix) {
            var element = document.getElementById(prefix + id);
            if (element && plan.contains(element)) {
              element.classList.add("pw-changed");
              marked.push(element);
            }
          });
        });
        document.body.dataset.changed = String(marked.length);
        header();
        reveal();
        clearTimeout(timer);
        timer = setTimeout(function () {
          marked.forEach(unmark);
          marked = [];
        }, 4000);
      }
      // The column heads and the time axis, kept in view over a long plan: a copy of the
      // chart's marks cut to the band between them (data-axis), shown once the chart's own
      // band has gone under the bar. Copies keep no ids: the page finds the chart's by id.
      function header() {
        var svg = plan.querySelector("svg[data-axis]");
        axis.textContent = "";
        if (!svg) { return; }
        var band = svg.dataset.axis.split(" ").map(Number);
        var box = svg.viewBox.baseVal;
        var copy = svg.cloneNode(false);
        ["role", "class", "data-axis"].forEach(function (name) { copy.removeAttribute(name); });
        copy.setAttribute("viewBox", [box.x, band[0], box.width, band[1] - band[0] + 1].join(" "));
        for (var i = 0; i < svg.children.length; i++) {
          var child = svg.children[i];
          var name = child.tagName.toLowerCase();
          if (name === "title" || (name === "g" && child.id !== "chart-today")) { continue; }
          if (name === "rect" && Number(child.getAttribute("y")) > band[1]) { continue; }
          var mark = child.cloneNode(true);
          mark.removeAttribute("id");
          copy.appendChild(mark);
        }
        axis.appendChild(copy);
        stick();
      }
      function stick() {
        var svg = plan.querySelector("svg[data-axis]");
        if (!svg) { return; }
        var box = svg.getBoundingClientRect();
        var band = svg.dataset.axis.split(" ").map(Number);
        var scale = box.width / svg.viewBox.baseVal.width;
        var bar = document.getElementById("pw-bar").getBoundingClientRect().bottom;
        var stuck = box.top + band[0] * scale < bar && box.bottom - bar > (band[1] - band[0]) * scale * 3;
        axis.classList.toggle("pw-stuck", stuck);
      }
      // A change whose items are all out of view scrolls the first of them into view, smoothly:
      // the room sees what moved without anyone at the projector's keyboard. When one of them
      // is in view, the page stays where it is.
      function reveal() {
        var items = marked.filter(function (element) { return element.id.indexOf("item-") === 0; });
        if (items.length === 0) { return; }
        var top = document.getElementById("pw-bar").getBoundingClientRect().bottom;
        var head = axis.querySelector("svg");
        if (head && axis.classList.contains("pw-stuck")) { top = head.getBoundingClientRect().bottom; }
        var first = null;
        for (var i = 0; i < items.length; i++) {
          var box = items[i].getBoundingClientRect();
          if (box.bottom > top && box.top < window.innerHeight) { return; }
          if (!first || box.top < first.top) { first = box; }
        }
        var room = window.innerHeight - top;
        window.scrollTo({
          top: window.scrollY + first.top - top - Math.max(0, (room - first.height) / 3),
          left: window.scrollX, behavior: "smooth"
        });
        document.body.dataset.revealed = String(Date.now());
      }
      window.addEventListener("scroll", stick, { passive: true });
      window.addEventListener("resize", stick);
      function connect() {
        var scheme = location.protocol === "https:" ? "wss://" : "ws://";
        socket = new WebSocket(scheme + location.host + "/live?token=" + encodeURIComponent(token));
        socket.onopen = function () { say("live"); };
        // When a frame came and when it stood on the page, for the benchmark to read.
        socket.onmessage = function (event) {
          window.pwReceived = Date.now();
          var cut = event.data.indexOf("\\n");
          show(JSON.parse(event.data.slice(0, cut)), event.data.slice(cut + 1));
          window.pwShown = Date.now();
        };
        socket.onclose = function () {
          say("lost");
          setTimeout(connect, 1000);
        };
      }
      header();
      connect();
    })();
    """

  /// The warnings a change newly caused, one item each.
  static func warnings(_ lines: [String]) -> String {
    lines.map { "<li>\(escape($0))</li>" }.joined()
  }

  static func escape(_ text: String) -> String { text.markupEscaped(hiddenAs: " ") }

}
