"""Generates syntax errors by mutating valid programs, and asks CPython
3.12 for the error each one gets. Used by TestMutationsAgainstCPython:

    python3.12 testdata/mutate.py SEED OUTPUT.json

Each mutation deletes, inserts or replaces one token of a chunk of
testdata/ast.txt or of a piece of a testdata/corpus program.
"""
import ast, io, json, os, random, sys, tokenize, warnings
random.seed(int(sys.argv[1]))
HERE = os.path.dirname(os.path.abspath(__file__))
text = open(os.path.join(HERE, 'ast.txt'), encoding='utf-8').read()
srcs = []
for ch in text.split('\n---\n'):
    body = '\n'.join(l for l in ch.split('\n') if not l.startswith(('#=>', '#@>')))
    srcs.append(body + '\n')
for f in sorted(os.listdir(os.path.join(HERE, 'corpus'))):
    if not f.endswith('.py'):
        continue
    lines = open(os.path.join(HERE, 'corpus', f), encoding='utf-8').read().split('\n')
    for i in range(0, len(lines), 8):
        srcs.append('\n'.join(lines[i:i+8]) + '\n')
INSERTS = ['(', ')', '[', ']', '{', '}', ':', ',', '=', '==', 'if', 'else', 'for', 'in', '1', 'x', '"s"', '**', '*', 'lambda', 'not', 'and', '.', ';', 'def', 'return', 'yield', 'await', 'async', 'import', 'from', 'as', '\n', '\n    ', 'f"{', '}', '!', ':=', '->', '@', 'print', '"""', "'"]
def offsets(src):
    lines = src.split('\n')
    starts = [0]
    for l in lines:
        starts.append(starts[-1] + len(l) + 1)
    return lambda lc: starts[lc[0]-1] + lc[1]
cases = []
for src in srcs:
    try:
        toks = [t for t in tokenize.generate_tokens(io.StringIO(src).readline) if t.type not in (tokenize.ENDMARKER, tokenize.DEDENT, tokenize.INDENT, tokenize.NL, tokenize.COMMENT) and t.string]
    except Exception:
        continue
    off = offsets(src)
    for _ in range(25):
        if not toks: break
        t = random.choice(toks)
        a, b = off(t.start), off(t.end)
        m = random.randrange(3)
        if m == 0:
            new = src[:a] + src[b:]
        elif m == 1:
            new = src[:a] + random.choice(INSERTS) + ' ' + src[a:]
        else:
            new = src[:a] + random.choice(INSERTS) + src[b:]
        cases.append(new)
out = []
seen = set()
for src in cases:
    if src in seen: continue
    seen.add(src)
    with warnings.catch_warnings():
        warnings.simplefilter('ignore')
        try:
            compile(src, '<m>', 'exec', flags=ast.PyCF_ONLY_AST, dont_inherit=True)
            exp = 'OK'
        except SyntaxError as e:
            exp = '%d:%d: %s: %s' % (e.lineno or 0, e.offset or 0, type(e).__name__, e.msg)
        except (ValueError, MemoryError, RecursionError) as e:
            continue
    out.append({'src': src, 'want': exp})
json.dump(out, open(sys.argv[2], 'w'))
