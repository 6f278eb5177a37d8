/**
 * The script `plan preview` adds to the pages it serves (never to `plan render`'s output).
 * It listens to the server's events, swaps in each new document while keeping the scroll
 * position, reloads the PDF, and shows the problems of the latest save in an overlay above
 * the last good document. Browser code, kept as text: the package has no browser build. It
 * reads the sentences it shows from the server's state (src/messages/preview.ts), builds every
 * element with textContent (a message quotes the user's YAML) and lives in a shadow root, so
 * the plan's styles and the overlay's leave each other alone.
 */
export const clientScript = String.raw`(function (config) {
  'use strict';
  var shown = config.version;
  var shownPdf = 0;
  var fetching = 0;
  var dismissed = false;
  var lastState = null;
  var root = document.documentElement;
  root.setAttribute('data-plan-version', String(shown));

  var host = document.createElement('plan-preview');
  var shadow = host.attachShadow({ mode: 'open' });
  var style = document.createElement('style');
  style.textContent = config.css;
  shadow.appendChild(style);

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  var bar = el('nav', 'bar');
  var htmlTab = el('a', 'tab', 'HTML');
  htmlTab.href = '/';
  var pdfTab = el('a', 'tab', 'PDF');
  pdfTab.href = '/pdf';
  (config.view === 'pdf' ? pdfTab : htmlTab).setAttribute('aria-current', 'page');
  var badge = el('button', 'badge');
  badge.type = 'button';
  badge.hidden = true;
  var status = el('span', 'status');
  status.setAttribute('role', 'status');
  status.hidden = true;
  bar.append(htmlTab, pdfTab, badge, status);

  var panel = el('section', 'panel');
  panel.setAttribute('role', 'alert');
  panel.hidden = true;
  var head = el('header');
  var title = el('h2', 'title');
  var close = el('button', 'close', '\u00d7');
  close.type = 'button';
  head.append(title, close);
  var note = el('p', 'note');
  var list = el('ol', 'list');
  panel.append(head, note, list);
  shadow.append(panel, bar);
  root.appendChild(host);

  close.addEventListener('click', function () {
    dismissed = true;
    panel.hidden = true;
  });
  badge.addEventListener('click', function () {
    dismissed = !panel.hidden;
    panel.hidden = !panel.hidden;
  });

  function showProblems(state) {
    var t = state.text;
    close.setAttribute('aria-label', t.close);
    close.title = t.close;
    badge.hidden = state.errors === 0 && state.warnings === 0;
    badge.className = 'badge ' + (state.errors > 0 ? 'error' : 'warning');
    badge.textContent = state.errors > 0 ? t.problems : t.warnings;
    title.textContent = state.errors > 0 ? t.problems : t.warnings;
    note.textContent = state.errors > 0 ? (state.version > 0 ? t.lastGoodBelow : t.nothingYet) : '';
    note.hidden = state.errors === 0;
    list.replaceChildren();
    state.problems.forEach(function (p) {
      var item = el('li', 'problem ' + p.severity);
      var line = el('p', 'head');
      line.append(el('span', 'location', p.location), ' ', el('span', 'severity', p.severityWord), ' ', el('span', 'message', p.message), ' ', el('span', 'tag', '[' + p.tag + ']'));
      item.appendChild(line);
      if (p.frame.length > 0) item.appendChild(el('pre', 'frame', p.frame.join('\n')));
      if (p.hint) item.appendChild(el('p', 'hint', t.hint + ': ' + p.hint));
      list.appendChild(item);
    });
    // Errors open the panel on every save that has them, unless the reader closed it; it
    // closes by itself once they are fixed.
    if (state.errors > 0) panel.hidden = dismissed;
    else if (state.problems.length === 0) panel.hidden = true;
    if (state.errors === 0) dismissed = false;
  }

  async function showDocument(version) {
    fetching = version;
    var response = await fetch('/plan.html?v=' + version, { cache: 'no-store' });
    if (!response.ok || version !== fetching) return;
    var text = await response.text();
    // A newer version may have started loading meanwhile: the newest wins.
    if (version !== fetching || version <= shown) return;
    var next = new DOMParser().parseFromString(text, 'text/html');
    var x = window.scrollX;
    var y = window.scrollY;
    document.head.replaceWith(next.head);
    document.body.replaceWith(next.body);
    root.lang = next.documentElement.lang;
    // The host stays the last child of <html>, after the new body.
    root.appendChild(host);
    window.scrollTo(x, y);
    shown = version;
    root.setAttribute('data-plan-version', String(version));
  }

  function showPdf(state) {
    var frame = document.getElementById('plan-pdf');
    var waiting = document.getElementById('plan-pdf-waiting');
    if (!frame || state.pdfVersion === 0 || state.pdfVersion === shownPdf) return;
    shownPdf = state.pdfVersion;
    frame.src = '/plan.pdf?v=' + state.pdfVersion;
    frame.hidden = false;
    if (waiting) waiting.hidden = true;
    root.setAttribute('data-plan-pdf-version', String(state.pdfVersion));
  }

  function apply(state) {
    lastState = state;
    if (config.view === 'html' && state.version > shown && state.version !== fetching) showDocument(state.version).catch(function () {});
    if (config.view === 'pdf') showPdf(state);
    showProblems(state);
    status.hidden = true;
  }

  var events = new EventSource('/events?view=' + config.view);
  events.addEventListener('state', function (event) {
    apply(JSON.parse(event.data));
  });
  events.addEventListener('error', function () {
    status.textContent = lastState ? lastState.text.disconnected : '';
    status.hidden = !lastState;
  });
})`;

/** The overlay's own styles; inside the shadow root they reach nothing of the plan. */
export const clientCss = `
:host { all: initial; }
.bar { position: fixed; right: 12px; bottom: 12px; z-index: 2147483647; display: flex; gap: 6px; align-items: center;
  font: 14px/1.3 system-ui, sans-serif; }
.tab, .badge, .status { border-radius: 999px; padding: 5px 12px; background: #fff; color: #1a1a1a; border: 1px solid #888;
  text-decoration: none; box-shadow: 0 1px 4px rgba(0,0,0,.2); font: inherit; }
.tab[aria-current] { background: #1a1a1a; color: #fff; border-color: #1a1a1a; }
.badge { cursor: pointer; }
.badge.error { background: #b00020; color: #fff; border-color: #b00020; }
.badge.warning { background: #fff4d6; border-color: #946200; }
.status { background: #fff4d6; border-color: #946200; max-width: 40em; border-radius: 8px; }
.panel { position: fixed; z-index: 2147483646; top: 16px; left: 50%; transform: translateX(-50%); width: min(56em, calc(100vw - 32px));
  max-height: calc(100vh - 96px); overflow: auto; box-sizing: border-box; padding: 12px 20px 16px; background: #fff; color: #1a1a1a;
  border-top: 6px solid #b00020; border-radius: 6px; box-shadow: 0 8px 32px rgba(0,0,0,.35); font: 15px/1.45 system-ui, sans-serif; }
header { display: flex; justify-content: space-between; align-items: center; gap: 1em; }
.title { margin: 4px 0; font-size: 18px; }
.close { font: 24px/1 system-ui, sans-serif; background: none; border: 0; cursor: pointer; color: #1a1a1a; padding: 4px 8px; }
.note { margin: 0 0 8px; color: #444; }
.list { list-style: none; margin: 0; padding: 0; }
.problem { border-top: 1px solid #ddd; padding: 8px 0; }
.head { margin: 0 0 6px; }
.location { font-weight: 700; }
.error .severity { color: #b00020; font-weight: 700; }
.warning .severity { color: #946200; font-weight: 700; }
.info .severity { color: #0b57d0; font-weight: 700; }
.tag { color: #666; }
.frame { margin: 0 0 6px; padding: 6px 10px; background: #f4f4f4; border-radius: 4px; overflow-x: auto;
  font: 13px/1.4 ui-monospace, "DejaVu Sans Mono", monospace; white-space: pre; }
.hint { margin: 0; }
@media print { .bar, .panel { display: none; } }
`;
