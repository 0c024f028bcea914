// The timeline pane: every task's life in the last run, drawn as lanes on the virtual-time
// axis from the "timeline" event's JSON document (runtime/timeline/schema.md). It speaks the
// same visual language as the server-side SVG: a step is a solid bar (実行中), waiting is a
// hatched bar labelled with what the task awaits (待機), a blocking call is a bar in the
// warning colour (ブロック), and instants are marks (● 完了, ! 例外, ✕ キャンセル).
//
// The chart is one SVG string built here and set at once, which keeps thousands of bars
// cheap. Its elements carry what tests and tooltips read: each lane row is
// <g class="tl-lane" data-lane data-kind data-name data-coro>, each bar
// <rect class="tl-span" data-lane data-kind data-start data-end data-label>, each mark
// <g class="tl-instant" data-lane data-kind data-at>, and every one of them a data-tip text
// that the hover tooltip shows. The pane's root carries data-state ("idle" | "off" |
// "running" | "ready" | "empty" | "error") and, once drawn, data-lanes and data-end.
import "./timeline.css";

/** localStorage key remembering that the learner turned recording off. */
const STORAGE_KEY = "asobiba.timeline";
/** Lanes drawn at most; the rest are counted in a closing row. */
const MAX_LANES = 200;
/** Links are drawn only for timelines this small, where they stay readable. */
const MAX_LINK_LANES = 60;
const MAX_LINKS = 400;

// Geometry, in pixels.
const NAME_W = 180;
const PAD = 12;
const PAD_RIGHT = 32; // room for the last tick's label and the marks at the end
const AXIS_H = 28;
const ROW_H = 24;
const BAR_H = 14;
const MIN_RUN_W = 3;

const SPAN_WORDS = { running: "実行中", waiting: "待機", blocking: "ブロック" };
const INSTANT_WORDS = {
  created: "作成",
  cancel_requested: "キャンセル要求",
  cancelled: "キャンセル（CancelledError）",
  done: "完了",
  raised: "例外",
  print: "出力",
  warning: "警告",
};
const LINK_WORDS = { wake: "起こす", cancel: "キャンセル", await: "待つ" };

/** @param {HTMLElement} root */
export function createTimeline(root) {
  root.classList.add("pane", "timeline-pane");
  root.dataset.state = "idle";
  root.innerHTML = `
    <header class="pane-header">
      <span class="pane-title">タイムライン</span>
      <span class="timeline-summary"></span>
      <label class="timeline-record" title="実行するときに、タスクの動きを記録します">
        <input type="checkbox" class="timeline-toggle" /> 記録する
      </label>
    </header>
    <div class="timeline-scroll" tabindex="0" aria-label="タスクのタイムライン">
      <p class="timeline-message"></p>
      <div class="timeline-chart"></div>
    </div>
    <ul class="timeline-legend" aria-label="凡例">
      <li><span class="swatch tl-running"></span>実行中</li>
      <li><span class="swatch tl-waiting"></span>待機</li>
      <li><span class="swatch tl-blocking"></span>ブロック</li>
      <li><span class="swatch tl-idle"></span>アイドル</li>
      <li><span class="mark done">●</span>完了</li>
      <li><span class="mark raised">!</span>例外</li>
      <li><span class="mark cancelled">✕</span>キャンセル</li>
    </ul>
    <div class="timeline-tooltip" role="tooltip" hidden></div>`;
  const toggle = root.querySelector(".timeline-toggle");
  const summary = root.querySelector(".timeline-summary");
  const scroll = root.querySelector(".timeline-scroll");
  const message = root.querySelector(".timeline-message");
  const chart = root.querySelector(".timeline-chart");
  const tooltip = root.querySelector(".timeline-tooltip");

  toggle.checked = loadSetting();
  toggle.addEventListener("change", () => saveSetting(toggle.checked));

  let doc = null; // the last timeline document
  let drawnWidth = 0;
  let frame = 0;

  function show(state, text) {
    root.dataset.state = state;
    message.textContent = text;
    message.hidden = !text;
  }
  show("idle", "▶ 実行すると、タスクのタイムラインがここに表示されます。");

  function draw() {
    frame = 0;
    if (!doc) return;
    drawnWidth = scroll.clientWidth;
    chart.innerHTML = render(doc, Math.max(drawnWidth, 480));
    root.dataset.lanes = String(doc.lanes.length);
    root.dataset.end = String(doc.end.t);
    const tasks = doc.lanes.filter((l) => l.kind === "task").length;
    summary.textContent = `タスク ${tasks} 個・仮想時間 ${seconds(doc.end.t)}`;
    show("ready", "");
  }

  new ResizeObserver(() => {
    if (doc && Math.abs(scroll.clientWidth - drawnWidth) > 4 && !frame) frame = requestAnimationFrame(draw);
  }).observe(scroll);

  // The tooltip follows the pointer over anything that carries data-tip.
  chart.addEventListener("pointermove", (event) => {
    const target = event.target instanceof Element ? event.target.closest("[data-tip]") : null;
    if (!target) {
      tooltip.hidden = true;
      return;
    }
    tooltip.textContent = target.getAttribute("data-tip");
    tooltip.hidden = false;
    const box = root.getBoundingClientRect();
    const x = Math.min(event.clientX - box.left + 14, box.width - tooltip.offsetWidth - 8);
    const y = event.clientY - box.top + 16;
    tooltip.style.transform = `translate(${Math.max(8, x)}px, ${y}px)`;
  });
  chart.addEventListener("pointerleave", () => (tooltip.hidden = true));

  return {
    /** Whether the next run should record its timeline (the checkbox, on by default). */
    recording: () => toggle.checked,
    /** Empties the pane for a new run. */
    start(recording) {
      cancelAnimationFrame(frame);
      frame = 0;
      doc = null;
      chart.replaceChildren();
      summary.textContent = "";
      tooltip.hidden = true;
      delete root.dataset.lanes;
      delete root.dataset.end;
      if (recording) show("running", "記録中…");
      else show("off", "タイムラインの記録はオフです（「記録する」にチェックを入れると記録します）。");
    },
    /** Takes the run's events; the timeline event is drawn at the next frame. */
    append(events) {
      for (const ev of events) {
        if (ev.kind !== "timeline") continue;
        try {
          doc = JSON.parse(ev.data);
        } catch (err) {
          doc = null;
          show("error", `タイムラインを読めませんでした: ${err.message}`);
          continue;
        }
        if (!frame) frame = requestAnimationFrame(draw);
      }
    },
    /** Notes how the run ended when no timeline came. @param {import("./engine.js").RunResult} r */
    finish(r) {
      if (doc || root.dataset.state === "off" || root.dataset.state === "error") return;
      show("empty", r.stopped ? "停止したため、タイムラインはありません。" : "タイムラインはありません。");
    },
  };
}

/**
 * Builds the chart's SVG for a timeline document.
 * @param {any} doc
 * @param {number} width
 */
export function render(doc, width) {
  const lanes = doc.lanes.slice(0, MAX_LANES);
  const folded = doc.lanes.length - lanes.length;
  const end = doc.end.t > 0 ? doc.end.t : 1;
  const chartW = width - NAME_W - PAD - PAD_RIGHT;
  const x = (t) => NAME_W + PAD + (Math.min(Math.max(t, 0), end) / end) * chartW;
  const rowY = (lane) => AXIS_H + lane * ROW_H;
  const height = AXIS_H + (lanes.length + (folded ? 1 : 0)) * ROW_H + 8;
  const names = doc.lanes.map((l) => l.name);
  const out = [];
  out.push(
    `<svg class="tl-svg" xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="タイムライン">`,
    `<defs><pattern id="tl-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">` +
      `<rect width="6" height="6" class="tl-hatch-bg"/><line x1="0" y1="0" x2="0" y2="6" class="tl-hatch-line"/></pattern></defs>`,
  );

  // The axis: round ticks of virtual time, with grid lines through the lanes.
  const [step, decimals] = niceStep(end / Math.max(2, Math.floor(chartW / 90)));
  out.push(`<g class="tl-axis">`);
  for (let i = 0; i * step <= end * (1 + 1e-9); i++) {
    const tx = x(i * step);
    out.push(
      `<line class="tl-grid" x1="${n(tx)}" y1="${AXIS_H - 6}" x2="${n(tx)}" y2="${height - 8}"/>`,
      `<text class="tl-tick" x="${n(tx)}" y="${AXIS_H - 10}">${(i * step).toFixed(decimals)}秒</text>`,
    );
  }
  out.push(`</g>`);

  // Lane rows: the name column and a band.
  for (const l of lanes) {
    const y = rowY(l.id);
    const title = l.kind === "loop" ? "イベントループ" : l.name;
    const tip = l.kind === "loop" ? "イベントループ（アイドル: 次のタイマーまで何もしない時間）" :
      `${l.name}${l.coro ? ` ${l.coro}()` : ""}${l.parent >= 0 ? `（${names[l.parent]} が作成）` : ""}`;
    out.push(
      `<g class="tl-lane tl-lane-${l.kind}" data-lane="${l.id}" data-kind="${l.kind}" data-name="${esc(l.name)}" data-coro="${esc(l.coro || "")}" data-tip="${esc(tip)}">`,
      `<rect class="tl-band${l.id % 2 ? " odd" : ""}" x="0" y="${y}" width="${width}" height="${ROW_H}"/>`,
      `<text class="tl-name" x="${PAD}" y="${y + ROW_H / 2 + 4}">${esc(fit(title, 17))}` +
        (l.coro ? `<tspan class="tl-coro"> ${esc(fit(l.coro, Math.max(0, 21 - width1(title))))}</tspan>` : "") +
        `</text></g>`,
    );
  }
  if (folded) {
    out.push(
      `<text class="tl-folded" x="${PAD}" y="${rowY(lanes.length) + ROW_H / 2 + 4}">ほか ${folded.toLocaleString("ja-JP")} レーンは省略しました</text>`,
    );
  }

  // Spans: waiting and idle first, then steps, then blocking calls on top. Bars of less than
  // two pixels that touch a bar of the same lane and kind are drawn as one (data-count says
  // how many spans it stands for), so a long run stays a few thousand elements.
  const order = { waiting: 0, running: 1, blocking: 2 };
  const bars = [];
  const lastBar = new Map();
  for (const s of doc.spans) {
    if (s.lane >= lanes.length) continue;
    const x0 = x(s.start.t);
    const narrow = x(s.end.t) - x0 < 2;
    const x1 = Math.max(x(s.end.t), x0 + (s.kind === "waiting" ? 1 : MIN_RUN_W));
    const key = `${s.lane} ${s.kind}`;
    const prev = lastBar.get(key);
    if (prev && x0 <= prev.x1 + 0.5 && (narrow || prev.narrow)) {
      prev.x1 = Math.max(prev.x1, x1);
      prev.end = Math.max(prev.end, s.end.t);
      prev.count++;
      prev.narrow = prev.narrow && narrow;
      if (prev.label !== (s.label || "")) prev.mixed = true;
      continue;
    }
    const bar = { lane: s.lane, kind: s.kind, start: s.start.t, end: s.end.t, label: s.label || "", x0, x1, narrow, count: 1, mixed: false };
    bars.push(bar);
    lastBar.set(key, bar);
  }
  bars.sort((a, b) => order[a.kind] - order[b.kind]);
  for (const b of bars) {
    const w = b.x1 - b.x0;
    const y = rowY(b.lane) + (ROW_H - BAR_H) / 2;
    const idle = b.lane === 0 && b.kind === "waiting";
    const cls = idle ? "tl-idle" : `tl-${b.kind}`;
    const label = b.mixed ? `${b.label} など` : b.label;
    const what = idle ? "アイドル" : SPAN_WORDS[b.kind];
    const tip = `${names[b.lane]} — ${what}${label && !idle ? `: ${label}` : ""}${b.count > 1 ? `（${b.count} 区間）` : ""}\n` +
      `${seconds(b.start)} → ${seconds(b.end)}（${seconds(b.end - b.start)}）`;
    out.push(
      `<rect class="tl-span ${cls}" data-lane="${b.lane}" data-kind="${b.kind}" data-start="${b.start}" data-end="${b.end}"` +
        `${label ? ` data-label="${esc(label)}"` : ""}${b.count > 1 ? ` data-count="${b.count}"` : ""}` +
        ` x="${n(b.x0)}" y="${n(y)}" width="${n(w)}" height="${BAR_H}" data-tip="${esc(tip)}"/>`,
    );
    if (label && !idle && b.kind !== "running" && w >= textWidth(label) + 10) {
      out.push(`<text class="tl-label tl-label-${b.kind}" x="${n(b.x0 + 5)}" y="${n(y + BAR_H - 3.5)}">${esc(label)}</text>`);
    }
  }

  // Links: who woke or cancelled whom, as thin arrows at the moment it happened.
  if (lanes.length <= MAX_LINK_LANES && doc.links.length <= MAX_LINKS) {
    for (const l of doc.links) {
      if (l.kind === "await" || l.from >= lanes.length || l.to >= lanes.length || l.from === l.to) continue;
      const lx = x(l.at.t);
      const y1 = rowY(l.from) + ROW_H / 2;
      const y2 = rowY(l.to) + ROW_H / 2 + (l.to > l.from ? -BAR_H / 2 : BAR_H / 2);
      const tip = `${names[l.from]} → ${names[l.to]}: ${LINK_WORDS[l.kind] || l.kind}${l.label ? `（${l.label}）` : ""}\n${seconds(l.at.t)}`;
      out.push(
        `<line class="tl-link tl-link-${l.kind}" data-from="${l.from}" data-to="${l.to}" data-kind="${l.kind}" x1="${n(lx)}" y1="${n(y1)}" x2="${n(lx)}" y2="${n(y2)}" data-tip="${esc(tip)}"/>`,
      );
    }
  }

  // Instants: the marks a learner looks for, one per lane, kind and pixel. A task that ends
  // by letting the CancelledError out is drawn as cancelled, not as raised (as the schema's
  // summaries count it).
  const marks = new Map();
  for (const i of doc.instants) {
    if (i.lane >= lanes.length || i.kind === "created") continue;
    const ix = x(i.at.t);
    const look = i.kind === "raised" && (i.text || "").startsWith("CancelledError") ? "cancelled" : i.kind;
    const key = `${i.lane} ${i.kind} ${Math.round(ix)}`;
    const seen = marks.get(key);
    if (seen) seen.count++;
    else marks.set(key, { i, ix, look, count: 1 });
  }
  for (const { i, ix, look, count } of marks.values()) {
    const cy = rowY(i.lane) + ROW_H / 2;
    const more = count > 1 ? `（ほか ${count - 1} 回）` : "";
    const tip = `${names[i.lane]} — ${INSTANT_WORDS[look] || i.kind}${i.text ? `: ${i.text}` : ""}${more}\n${seconds(i.at.t)}`;
    out.push(
      `<g class="tl-instant tl-${look}" data-lane="${i.lane}" data-kind="${i.kind}" data-at="${i.at.t}" data-tip="${esc(tip)}">${mark(look, ix, cy)}</g>`,
    );
  }
  out.push(`</svg>`);
  return out.join("");
}

/** The drawing of an instant of the given kind centred at (x, y). */
function mark(kind, x, y) {
  const p = (dx, dy) => `${n(x + dx)},${n(y + dy)}`;
  switch (kind) {
    case "done":
      return `<circle cx="${n(x)}" cy="${n(y)}" r="4.5"/>`;
    case "raised":
      return `<circle cx="${n(x)}" cy="${n(y)}" r="5.5"/><text x="${n(x)}" y="${n(y + 3.5)}">!</text>`;
    case "cancelled":
      return `<path d="M${p(-4.5, -4.5)}L${p(4.5, 4.5)}M${p(-4.5, 4.5)}L${p(4.5, -4.5)}"/>`;
    case "cancel_requested":
      return `<path d="M${p(-3, -3)}L${p(3, 3)}M${p(-3, 3)}L${p(3, -3)}"/>`;
    case "print":
      return `<rect x="${n(x - 1)}" y="${n(y + BAR_H / 2 - 1)}" width="2" height="5"/>`;
    default:
      return `<circle cx="${n(x)}" cy="${n(y)}" r="3"/>`;
  }
}

/** A round tick step (1, 2 or 5 times a power of ten) at least x, and its decimals. */
export function niceStep(x) {
  if (!(x > 0)) return [1, 0];
  const p = Math.pow(10, Math.floor(Math.log10(x)));
  for (const m of [1, 2, 5, 10]) {
    if (m * p >= x * (1 - 1e-9)) {
      const step = m * p;
      return [step, Math.max(0, -Math.floor(Math.log10(step) + 1e-9))];
    }
  }
  return [10 * p, 0];
}

/** Virtual seconds for people: "1.000 秒". */
function seconds(t) {
  return `${Number(t).toFixed(3)} 秒`;
}

/** A coordinate with at most two decimals. */
function n(v) {
  return String(Math.round(v * 100) / 100);
}

/** An estimate of the width of a label in the chart's 10-pixel font. */
function textWidth(s) {
  return width1(s) * 6.2;
}

/** The display width of s in columns: East Asian wide characters count twice. */
function width1(s) {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}

/** s cut to about cols columns, ending in "…" when cut. */
function fit(s, cols) {
  if (width1(s) <= cols) return s;
  let out = "";
  for (const ch of s) {
    if (width1(out + ch) > cols - 1) break;
    out += ch;
  }
  return `${out}…`;
}

/** Escapes text for SVG markup and attribute values. */
function esc(s) {
  return String(s).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
}

function loadSetting() {
  try {
    return localStorage.getItem(STORAGE_KEY) !== "off";
  } catch {
    return true;
  }
}

function saveSetting(on) {
  try {
    if (on) localStorage.removeItem(STORAGE_KEY);
    else localStorage.setItem(STORAGE_KEY, "off");
  } catch {
    // Storage disabled: the choice lasts until the page is reloaded.
  }
}
