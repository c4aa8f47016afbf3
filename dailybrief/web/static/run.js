// The run page: while a run is going, poll /api/run/status and redraw its progress bars.
(function () {
  "use strict";
  const panel = document.getElementById("progress");
  if (!panel) { return; }
  const url = panel.dataset.statusUrl;
  const stages = document.getElementById("run-stages");
  const messages = document.getElementById("run-messages");
  const state = document.getElementById("run-state");
  const button = document.getElementById("run-now");

  function el(tag, cls, text) {
    const node = document.createElement(tag);
    if (cls) { node.className = cls; }
    if (text !== undefined) { node.textContent = text; }
    return node;
  }

  function draw(status) {
    stages.replaceChildren();
    (status.stages || []).forEach(function (s) {
      const row = el("div", "stage");
      row.dataset.stage = s.name;
      row.appendChild(el("span", "label", s.label));
      row.appendChild(document.createTextNode(" "));
      const bar = el("progress");
      bar.max = s.total || 1;
      bar.value = s.total ? s.done : (s.finished ? 1 : 0);
      row.appendChild(bar);
      row.appendChild(el("span", "count", " " + s.done + (s.total ? "/" + s.total : "")));
      stages.appendChild(row);
    });
    messages.replaceChildren();
    (status.messages || []).forEach(function (m) { messages.appendChild(el("li", "", m)); });
    if (status.running) {
      state.textContent = "运行中：" + (status.day || "") + (status.elsewhere ? "（" + status.elsewhere + "）" : "")
        + " · " + (status.elapsed_s || 0) + " 秒";
    } else if (status.day) {
      const done = { ok: "完成", partial: "完成（部分来源失败）", nothing_fetched: "没有抓到页面，未写简报", error: "失败" };
      state.textContent = "上次：" + status.day + " · " + (done[status.status] || status.status)
        + (status.error ? " · " + status.error : "");
    }
    panel.dataset.running = status.running ? "yes" : "no";
    panel.dataset.finished = status.finished ? "yes" : "no";
    if (button) { button.disabled = !!status.running; }
  }

  function poll() {
    fetch(url, { credentials: "same-origin", headers: { "Accept": "application/json" } })
      .then(function (r) { return r.json(); })
      .then(function (status) {
        draw(status);
        if (status.running) { window.setTimeout(poll, 500); }
      })
      .catch(function () { window.setTimeout(poll, 2000); });
  }

  if (panel.dataset.running === "yes") { poll(); }
})();
