// The brief editor: every change is saved (debounced, on blur, and before leaving the page)
// and checked against the cited pages as it is typed. All text goes into the page through
// textContent, never innerHTML.
(function () {
  "use strict";
  const editor = document.getElementById("editor");
  if (!editor) return;
  const csrf = document.body.dataset.csrf;
  const day = editor.dataset.day;
  const editable = editor.dataset.editable === "1";
  const stateEl = document.getElementById("save-state");
  const revEl = document.getElementById("revision");
  const statusEl = document.getElementById("status");
  const publishRev = document.getElementById("publish-revision");
  const CHECK_MS = 350;
  const SAVE_MS = 800;
  const RETRY_MS = 3000;
  let revision = Number(editor.dataset.revision);
  const dirty = new Set();
  const saving = new Set();
  const checkTimers = new Map();
  const saveTimers = new Map();
  const fields = Array.from(editor.querySelectorAll(".field"));

  function el(tag, cls, text) {
    const node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function params(field, extra) {
    const p = new URLSearchParams();
    p.set("csrf", csrf);
    p.set("part", field.dataset.part);
    p.set("section", field.dataset.section || "0");
    p.set("paragraph", field.dataset.paragraph || "0");
    for (const [k, v] of Object.entries(extra)) p.set(k, String(v));
    return p;
  }

  async function post(url, body) {
    const r = await fetch(url, {
      method: "POST", body: body, credentials: "same-origin",
      headers: {"X-CSRF-Token": csrf},
    });
    const data = await r.json().catch(function () { return {error: "HTTP " + r.status}; });
    if (!r.ok) throw new Error(data.error || ("HTTP " + r.status));
    return data;
  }

  function setState(text, kind) {
    stateEl.textContent = text;
    stateEl.className = kind || "";
  }

  function debounce(timers, field, fn, ms) {
    clearTimeout(timers.get(field));
    timers.set(field, setTimeout(function () { timers.delete(field); fn(field); }, ms));
  }

  async function save(field) {
    if (saving.has(field)) return;  // saved again when the running save ends
    dirty.delete(field);
    saving.add(field);
    setState("保存中…", "busy");
    try {
      const data = await post("/api/brief/" + day + "/save",
                              params(field, {value: field.value, base_revision: revision}));
      revision = Math.max(revision, Number(data.revision));
      revEl.textContent = "r" + revision;
      if (publishRev) publishRev.value = String(revision);
      statusEl.textContent = data.status === "published" ? "已发布" : "草稿";
      const when = new Date().toLocaleTimeString("zh-CN", {hour12: false});
      if (data.correction && !publishRev) {
        setState("已另存为更正修订 r" + revision + " · 刷新页面后可发布", "ok");
      } else {
        setState("已保存 · " + when, "ok");
      }
    } catch (err) {
      dirty.add(field);
      setState("保存失败：" + err.message + "（稍后重试）", "error");
      debounce(saveTimers, field, save, RETRY_MS);
    } finally {
      saving.delete(field);
      if (dirty.has(field) && !saveTimers.has(field)) save(field);
    }
  }

  function renderProblems(box, problems) {
    box.replaceChildren();
    if (!problems.length) {
      box.append(el("p", "ok", "✓ 数字和日期都能在所引页面中找到"));
      return;
    }
    const list = el("ul", "problems");
    for (const p of problems) {
      const item = el("li", "problem " + (p.blocking ? "blocking" : "warning"));
      const sentence = el("p", "sentence");
      const at = p.sentence.indexOf(p.text);
      if (at >= 0) {
        sentence.append(p.sentence.slice(0, at), el("mark", "", p.text),
                        p.sentence.slice(at + p.text.length));
      } else {
        sentence.textContent = p.sentence;
      }
      item.append(sentence, el("p", "reason", (p.blocking ? "需改正：" : "提示：") + p.reason));
      item.append(p.nearest
        ? el("p", "nearest", "最接近的原文 [" + p.nearest_ref + "]：" + p.nearest)
        : el("p", "nearest none", "所引页面中没有相近的句子"));
      if (editable) {
        const own = el("button", "small mark-analysis", "标为本会分析");
        own.type = "button";
        own.dataset.sentence = p.sentence;
        item.append(own);
      }
      list.append(item);
    }
    box.append(list);
  }

  async function check(field) {
    const box = field.nextElementSibling;
    if (!box || !box.classList.contains("check")) return;
    box.classList.add("busy");
    try {
      const data = await post("/api/brief/" + day + "/check", params(field, {text: field.value}));
      renderProblems(box, data.problems);
    } catch (err) {
      box.replaceChildren(el("p", "error", "核对失败：" + err.message));
    } finally {
      box.classList.remove("busy");
    }
  }

  function fit(field) {
    if (field.tagName !== "TEXTAREA") return;
    field.style.height = "auto";
    field.style.height = (field.scrollHeight + 4) + "px";
  }

  async function flush() {
    for (const field of Array.from(dirty)) {
      clearTimeout(saveTimers.get(field));
      saveTimers.delete(field);
      await save(field);
    }
    while (saving.size) await new Promise(function (r) { setTimeout(r, 50); });
  }

  for (const field of fields) {
    fit(field);
    field.addEventListener("input", function () {
      fit(field);
      debounce(checkTimers, field, check, CHECK_MS);
      if (!editable) return;
      dirty.add(field);
      setState("有未保存的修改…", "busy");
      debounce(saveTimers, field, save, SAVE_MS);
    });
    field.addEventListener("blur", function () {
      if (dirty.has(field)) {
        clearTimeout(saveTimers.get(field));
        saveTimers.delete(field);
        save(field);
      }
    });
  }

  // Any form on the page (publish, references, paragraphs) waits for pending saves.
  // Marking a sentence as the association's own analysis: a new revision, then the page again.
  document.addEventListener("click", async function (ev) {
    const button = ev.target.closest("button.mark-analysis, button.unmark-analysis");
    if (!button || !editable) return;
    const on = button.classList.contains("mark-analysis");
    let part = button.dataset.part;
    let section = button.dataset.section || "0";
    if (on) {
      const box = button.closest(".check");
      const field = box && box.previousElementSibling;
      if (!field || !field.classList.contains("field")) return;
      part = field.dataset.part;
      section = field.dataset.section || "0";
    }
    await flush();
    const body = new URLSearchParams();
    body.set("csrf", csrf);
    body.set("part", part);
    body.set("section", section);
    body.set("paragraph", "0");
    body.set("sentence", button.dataset.sentence);
    body.set("on", on ? "1" : "0");
    try {
      await post("/api/brief/" + day + "/analysis", body);
      window.location.reload();
    } catch (err) {
      setState((on ? "标记失败：" : "取消失败：") + err.message, "error");
    }
  });

  document.addEventListener("submit", function (ev) {
    const form = ev.target;
    if (ev.defaultPrevented || (!dirty.size && !saving.size)) return;
    ev.preventDefault();
    flush().then(function () {
      if (publishRev && form.contains(publishRev)) publishRev.value = String(revision);
      form.submit();
    });
  });

  // Leaving with unsaved text: send it anyway (sendBeacon survives the page) and warn.
  window.addEventListener("pagehide", function () {
    for (const field of dirty) {
      navigator.sendBeacon("/api/brief/" + day + "/save",
                           params(field, {value: field.value, base_revision: revision}));
    }
    dirty.clear();
  });
  window.addEventListener("beforeunload", function (ev) {
    if (dirty.size || saving.size) ev.preventDefault();
  });
})();
