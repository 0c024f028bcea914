// The output pane: what the program writes, stdout and stderr told apart, and a closing
// line that says how the run ended. The pane's root carries data-run-state
// ("idle" | "running" | "done" | "deadlock" | "stopped" | "error"), data-run-count (runs started so far)
// and, after a finished run, data-exit-status.
import "./output.css";

/** Output is kept in blocks of about this many characters, each ending at a line end. */
const CHUNK_CHARS = 8 * 1024;
/** Beyond this many characters the oldest blocks are dropped (an endless print loop). */
const MAX_CHARS = 4 * 1024 * 1024;

/** @param {HTMLElement} root */
export function createOutput(root) {
  root.classList.add("pane", "output-pane");
  root.dataset.runState = "idle";
  root.dataset.runCount = "0";
  root.innerHTML = `
    <header class="pane-header">
      <span class="pane-title">出力</span>
      <button type="button" class="output-clear" title="出力を消す">クリア</button>
    </header>
    <div class="output-scroll" tabindex="0" aria-label="プログラムの出力">
      <p class="output-trimmed" hidden>（古い出力は省略しました）</p>
      <div class="output-text"></div>
      <p class="output-result" hidden></p>
    </div>`;
  const scroll = root.querySelector(".output-scroll");
  const text = root.querySelector(".output-text");
  const trimmed = root.querySelector(".output-trimmed");
  const result = root.querySelector(".output-result");
  root.querySelector(".output-clear").addEventListener("click", clear);

  // Events wait for the next animation frame, so that the page draws at most once a frame.
  let pending = [];
  let frame = 0;
  // The block being written to, and the characters shown.
  let chunk = null;
  let chunkChars = 0;
  let chunkEndsLine = false;
  let total = 0;

  function clear() {
    cancelAnimationFrame(frame);
    frame = 0;
    pending = [];
    chunk = null;
    total = 0;
    text.replaceChildren();
    trimmed.hidden = true;
    result.hidden = true;
    result.textContent = "";
  }

  /** Queues stdout and stderr events for display (other kinds are not shown here). */
  function append(events) {
    for (const ev of events) if (ev.kind === "stdout" || ev.kind === "stderr") pending.push(ev);
    if (!frame && pending.length) frame = requestAnimationFrame(render);
  }

  function render() {
    frame = 0;
    const atBottom = scroll.scrollHeight - scroll.scrollTop - scroll.clientHeight < 8;
    for (const ev of pending) write(ev.kind, ev.data);
    pending = [];
    while (total > MAX_CHARS && text.childElementCount > 1) {
      total -= text.firstElementChild.textContent.length;
      text.firstElementChild.remove();
      trimmed.hidden = false;
    }
    if (atBottom) scroll.scrollTop = scroll.scrollHeight;
  }

  /**
   * Adds text of one kind. Appending to one huge text node makes the browser lay out all of
   * it again on every batch, so the text goes into blocks that are only split after a
   * newline (which keeps the blocks invisible).
   */
  function write(kind, data) {
    total += data.length;
    while (data.length > 0) {
      if (!chunk || (chunkChars >= CHUNK_CHARS && chunkEndsLine)) {
        chunk = document.createElement("div");
        chunk.className = "output-chunk";
        chunkChars = 0;
        text.append(chunk);
      }
      let n = data.length;
      if (chunkChars + n > CHUNK_CHARS) {
        const newline = data.indexOf("\n", Math.max(0, CHUNK_CHARS - chunkChars - 1));
        if (newline >= 0) n = newline + 1;
      }
      const piece = n === data.length ? data : data.slice(0, n);
      data = data.slice(n);
      const last = chunk.lastElementChild;
      if (last && last.className === kind) {
        last.firstChild.appendData(piece);
      } else {
        const span = document.createElement("span");
        span.className = kind;
        span.append(document.createTextNode(piece));
        chunk.append(span);
      }
      chunkChars += piece.length;
      chunkEndsLine = piece.endsWith("\n");
    }
  }

  return {
    append,
    /** Empties the pane for a new run. */
    start() {
      clear();
      root.dataset.runState = "running";
      root.dataset.runCount = String(Number(root.dataset.runCount) + 1);
      delete root.dataset.exitStatus;
    },
    /** Shows how the run ended. @param {import("./engine.js").RunResult} r */
    finish(r) {
      cancelAnimationFrame(frame);
      render();
      let state, message;
      if (r.error) {
        state = "error";
        message = `エンジンのエラー: ${r.error}`;
      } else if (r.stopped) {
        state = "stopped";
        message = r.vt == null ? "停止しました" : `停止しました（仮想時間 ${seconds(r.vt)}）`;
      } else if (r.deadlock) {
        // Every task waited for something that could never happen: CPython would hang here.
        state = "deadlock";
        root.dataset.exitStatus = String(r.exitStatus);
        message = `どのタスクも、二度と起こらないことを待っています（CPython ならここで止まったままになります）。` +
          `仮想時間 ${seconds(r.vt)} で終了しました。\n${r.deadlock}`;
      } else {
        state = "done";
        root.dataset.exitStatus = String(r.exitStatus);
        message = `終了しました（終了コード ${r.exitStatus}・仮想時間 ${seconds(r.vt)}）`;
      }
      root.dataset.runState = state;
      const atBottom = scroll.scrollHeight - scroll.scrollTop - scroll.clientHeight < 8;
      result.className = `output-result ${state}` + (r.exitStatus ? " failed" : "");
      result.textContent = message;
      result.hidden = false;
      if (atBottom) scroll.scrollTop = scroll.scrollHeight;
    },
  };
}

function seconds(vt) {
  return `${Number(vt).toFixed(3)} 秒`;
}
