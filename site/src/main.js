// The playground page: wires the editor, the toolbar, the output pane and the timeline pane
// to the engine.
// The engine's file name (content-hashed) is filled in by the build (site/build.mjs).
/* global ASOBIBA_ENGINE_WASM */
import "./page.css";
import { Engine } from "./engine.js";
import { createEditor } from "./editor.js";
import { createOutput } from "./output.js";
import { createTimeline } from "./timeline.js";
import { createToolbar } from "./toolbar.js";
import { samples } from "./samples.js";

/** localStorage key of the editor's content, kept across reloads. */
const STORAGE_KEY = "asobiba.code";

const editor = createEditor(document.getElementById("editor"), {
  doc: loadCode() ?? samples[0].code,
  onChange: saveCode,
  onRun: run,
});
const output = createOutput(document.getElementById("output"));
const timeline = createTimeline(document.getElementById("timeline"));
const toolbar = createToolbar(document.getElementById("toolbar"), {
  samples,
  onRun: run,
  onStop: () => engine.stop(),
  onSample(id) {
    const sample = samples.find((s) => s.id === id);
    if (sample) editor.setCode(sample.code);
  },
});
const engine = new Engine({
  wasmURL: ASOBIBA_ENGINE_WASM,
  workerURL: "worker.js",
  onState(state, detail) {
    document.body.dataset.engine = state;
    toolbar.setState(state, detail);
  },
});

document.addEventListener("keydown", (event) => {
  if ((event.ctrlKey || event.metaKey) && event.key === "Enter" && !event.defaultPrevented) {
    event.preventDefault();
    run();
  }
});

// boot.js, inlined into index.html, has already started the engine's compilation and first
// worker (it has not when the page is opened from disk).
engine.start(self.asobibaBoot);
delete self.asobibaBoot;

function run() {
  if (engine.state !== "ready" && engine.state !== "restarting") return;
  // The timeline is recorded unless the learner unticked 記録する in its pane.
  const recording = timeline.recording();
  output.start();
  timeline.start(recording);
  engine.run(editor.getCode(), {
    options: { timeline: recording },
    onEvents(events) {
      output.append(events);
      timeline.append(events);
    },
    onDone(result) {
      output.finish(result);
      timeline.finish(result);
    },
  });
}

function loadCode() {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null; // storage disabled: start from the first sample
  }
}

function saveCode(code) {
  try {
    localStorage.setItem(STORAGE_KEY, code);
  } catch {
    // Storage full or disabled: the code simply is not kept.
  }
}
