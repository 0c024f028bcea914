// The toolbar: the sample menu, 実行 and 停止, and the engine's status.
import "./toolbar.css";

const isMac = /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);

const statusText = {
  loading: "エンジンを読み込み中…",
  restarting: "エンジンを再起動中…",
  ready: "準備完了",
  running: "実行中…",
  stopping: "停止中…",
  failed: "エンジンを読み込めませんでした",
};

/**
 * @param {HTMLElement} root
 * @param {{samples: {id: string, title: string}[], onRun: () => void, onStop: () => void,
 *          onSample: (id: string) => void}} options
 */
export function createToolbar(root, { samples, onRun, onStop, onSample }) {
  root.classList.add("toolbar");
  root.innerHTML = `
    <label class="sample-picker">
      <span class="visually-hidden">サンプル</span>
      <select class="sample-select">
        <option value="" selected disabled>サンプルを選ぶ…</option>
      </select>
    </label>
    <button type="button" class="run-button" disabled>
      <span aria-hidden="true">▶</span> 実行 <kbd>${isMac ? "⌘" : "Ctrl"}+Enter</kbd>
    </button>
    <button type="button" class="stop-button" disabled>
      <span aria-hidden="true">■</span> 停止
    </button>
    <p class="engine-status" role="status"><span class="status-dot"></span><span class="status-text"></span></p>`;
  const select = root.querySelector(".sample-select");
  for (const s of samples) select.add(new Option(s.title, s.id));
  select.addEventListener("change", () => {
    onSample(select.value);
    select.value = "";
  });
  const runButton = root.querySelector(".run-button");
  const stopButton = root.querySelector(".stop-button");
  const status = root.querySelector(".engine-status");
  runButton.addEventListener("click", onRun);
  stopButton.addEventListener("click", onStop);

  return {
    /** Shows an engine state (see engine.js) and enables the buttons that make sense. */
    setState(state, detail) {
      status.dataset.state = state;
      const text = statusText[state] || state;
      status.querySelector(".status-text").textContent = detail ? `${text}（${detail}）` : text;
      runButton.disabled = !(state === "ready" || state === "restarting");
      stopButton.disabled = !(state === "running");
    },
  };
}
