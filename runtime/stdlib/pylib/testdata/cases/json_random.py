# Checker-only: random documents through dumps/loads, and corrupted documents through loads.
import json

state = 777


def rand(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return state % n


CHARS = "ab \"\\/\n\t\x01\x1f\x7fé日😀\u2028\ud800{}[]:,"
FLOATS = [0.0, -0.0, 1.5, 1e-7, 1e22, 123456789.123, 3.141592653589793, 1e300, -2.5e-310, float("inf"),
          float("-inf"), float("nan")]


def value(depth):
    kind = rand(9 if depth < 4 else 6)
    if kind == 0:
        return rand(2000) - 1000
    if kind == 1:
        return FLOATS[rand(len(FLOATS))]
    if kind == 2:
        return "".join(CHARS[rand(len(CHARS))] for _ in range(rand(6)))
    if kind == 3:
        return [None, True, False][rand(3)]
    if kind == 4:
        return 10 ** rand(30) * (1 if rand(2) else -1)
    if kind == 5:
        return ""
    if kind == 6:
        return [value(depth + 1) for _ in range(rand(4))]
    if kind == 7:
        return tuple(value(depth + 1) for _ in range(rand(3)))
    return {key(): value(depth + 1) for _ in range(rand(4))}


def key():
    k = rand(6)
    if k == 0:
        return rand(100)
    if k == 1:
        return [None, True, False][rand(3)]
    if k == 2:
        return FLOATS[rand(len(FLOATS) - 1)]
    return "".join(CHARS[rand(len(CHARS))] for _ in range(rand(4)))


for case in range(200):
    doc = value(0)
    opts = {}
    if rand(2):
        opts["indent"] = [0, 1, 2, "\t", "--", None][rand(6)]
    if rand(3) == 0:
        opts["ensure_ascii"] = False
    if rand(3) == 0:
        opts["separators"] = [(",", ":"), (" , ", " : "), (";", "=")][rand(3)]
    if rand(4) == 0:
        opts["allow_nan"] = False
    try:
        text = json.dumps(doc, **opts)
    except (ValueError, TypeError) as e:
        print(case, type(e).__name__, e)
        continue
    print(case, ascii(text))
    if "separators" not in opts and opts.get("indent") != "--":
        back = json.loads(text)
        print(json.dumps(back, sort_keys=False, ensure_ascii=True) == json.dumps(json.loads(text)))
    if rand(2):
        pos = rand(len(text) + 1)
        broken = text[:pos] + "\"{[,:]}x\\ 1e-"[rand(13)] + text[pos + 1:]
        try:
            json.loads(broken)
            print("ok")
        except json.JSONDecodeError as e:
            print("error", e.msg, e.pos, e.lineno, e.colno)
        except RecursionError:
            print("recursion")
