// The sample programs of the menu. Each is a real Python file beside this one, bundled as
// text by esbuild (loader ".py": "text").
import hello from "./samples/hello.py";
import loop from "./samples/loop.py";
import gather from "./samples/gather.py";
import syntaxError from "./samples/syntax_error.py";

/** @type {{id: string, title: string, code: string}[]} */
export const samples = [
  { id: "hello", title: "こんにちは (print)", code: hello },
  { id: "loop", title: "for ループ", code: loop },
  { id: "gather", title: "asyncio.gather で同時に待つ", code: gather },
  { id: "syntax-error", title: "構文エラーを見てみる", code: syntaxError },
];
