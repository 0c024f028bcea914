// The editor pane: a CodeMirror 6 editor for Python, titled with the program's file name.
import "./editor.css";
import { EditorView, basicSetup } from "codemirror";
import { keymap } from "@codemirror/view";
import { Prec } from "@codemirror/state";
import { indentWithTab } from "@codemirror/commands";
import { indentUnit } from "@codemirror/language";
import { python } from "@codemirror/lang-python";

/**
 * Builds the editor inside root.
 * @param {HTMLElement} root
 * @param {{doc: string, onChange: (code: string) => void, onRun: () => void}} options
 */
export function createEditor(root, { doc, onChange, onRun }) {
  root.classList.add("pane", "editor-pane");
  const header = document.createElement("header");
  header.className = "pane-header";
  header.innerHTML = `<span class="pane-title">main.py</span>`;
  const host = document.createElement("div");
  host.className = "editor-host";
  root.append(header, host);

  const view = new EditorView({
    doc,
    parent: host,
    extensions: [
      basicSetup,
      python(),
      indentUnit.of("    "),
      keymap.of([indentWithTab]),
      Prec.highest(keymap.of([{ key: "Mod-Enter", run: () => (onRun(), true) }])),
      EditorView.contentAttributes.of({ "aria-label": "Python のコード" }),
      EditorView.updateListener.of((update) => {
        if (update.docChanged) onChange(update.state.doc.toString());
      }),
    ],
  });

  return {
    getCode: () => view.state.doc.toString(),
    /** Replaces the whole program (undoable with Ctrl+Z). */
    setCode(code) {
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: code } });
      view.focus();
    },
    focus: () => view.focus(),
  };
}
