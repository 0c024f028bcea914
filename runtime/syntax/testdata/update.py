"""Regenerates the expectations of the syntax package's golden tests from
CPython. Run it with Python 3.12 from runtime/syntax:

    python3.12 testdata/update.py

(or `go generate ./runtime/syntax`). Never edit the expectations by hand.

testdata/ast.txt and testdata/errors.txt hold chunks of Python source
separated by lines "---". The script removes the expectation lines of
each chunk and appends fresh ones:

  ast.txt     #=> <ast.dump of the chunk>
              #@> <ast.dump of the chunk with include_attributes=True>
  errors.txt  ### "<line>:<offset>: <Kind>: <message>"   (a Go regexp)
              ##W "<line>: <Category>: <message>"       (one per warning)
  eval.txt    the same as errors.txt, in eval mode, or #=> <ast.dump>

For every testdata/corpus/*.py it writes the ast.dump, with positions
(include_attributes=True), to a .dump file.
"""
import ast
import glob
import json
import os
import sys
import warnings

if sys.version_info[:2] != (3, 12):
    sys.exit("update.py needs Python 3.12, not %s" % sys.version.split()[0])

HERE = os.path.dirname(os.path.abspath(__file__))


def chunks(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    out, cur = [], []
    for line in text.split("\n"):
        if line == "---":
            out.append(cur)
            cur = []
        else:
            cur.append(line)
    if any(cur):
        out.append(cur)
    return out


def source(lines, marks):
    body = [l for l in lines if not l.startswith(marks)]
    while body and body[-1] == "":
        body.pop()
    return body


def go_regexp(s):
    return "".join("\\" + c if c in "\\.+*?()|[]{}^$" else c for c in s)


def quote(s):
    return json.dumps(s, ensure_ascii=False)


def compile_chunk(src, mode="exec"):
    with warnings.catch_warnings(record=True) as ws:
        warnings.simplefilter("always")
        try:
            tree = compile(src, "<chunk>", mode, flags=ast.PyCF_ONLY_AST, dont_inherit=True)
            err = None
        except SyntaxError as e:
            tree, err = None, e
    return tree, err, ws


def write_chunks(path, results):
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n---\n".join("\n".join(r) for r in results))
        f.write("\n")


def update_ast():
    path = os.path.join(HERE, "ast.txt")
    results = []
    for lines in chunks(path):
        body = source(lines, ("#=>", "#@>"))
        tree, err, _ = compile_chunk("\n".join(body) + "\n")
        if err is not None:
            sys.exit("%s: chunk does not compile: %s\n%s" % (path, err, "\n".join(body)))
        results.append(body + ["#=> " + ast.dump(tree), "#@> " + ast.dump(tree, include_attributes=True)])
    write_chunks(path, results)


def update_errors(name="errors.txt", mode="exec"):
    path = os.path.join(HERE, name)
    results = []
    for lines in chunks(path):
        body = source(lines, ("###", "##W", "#=>"))
        tree, err, ws = compile_chunk("\n".join(body) + "\n", mode)
        exp = []
        if tree is not None and mode == "eval":
            exp.append("#=> " + ast.dump(tree))
        for w in ws:
            if issubclass(w.category, (SyntaxWarning, DeprecationWarning)):
                msg = "%d: %s: %s" % (w.lineno, w.category.__name__, w.message)
                exp.append("##W " + quote(go_regexp(msg)))
        if err is not None:
            msg = "%d:%d: %s: %s" % (err.lineno or 0, err.offset or 0, type(err).__name__, err.msg)
            exp.append("### " + quote(go_regexp(msg)))
        results.append(body + exp)
    write_chunks(path, results)


def update_corpus():
    for path in sorted(glob.glob(os.path.join(HERE, "corpus", "*.py"))):
        with open(path, "rb") as f:
            src = f.read()
        tree = compile(src, path, "exec", flags=ast.PyCF_ONLY_AST, dont_inherit=True)
        with open(path[:-3] + ".dump", "w", encoding="utf-8") as f:
            f.write(ast.dump(tree, include_attributes=True) + "\n")


if __name__ == "__main__":
    update_ast()
    update_errors()
    update_errors("eval.txt", "eval")
    update_corpus()
