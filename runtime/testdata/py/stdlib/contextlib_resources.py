from contextlib import contextmanager, ExitStack, suppress, closing

log = []

@contextmanager
def opened(name):
    log.append(f"open {name}")
    try:
        yield {"name": name, "lines": [f"{name}:1", f"{name}:2"]}
    except ValueError as e:
        log.append(f"error in {name}: {e}")
        raise
    finally:
        log.append(f"close {name}")

with opened("a.txt") as fa, opened("b.txt") as fb:
    log.append(fa["lines"][0] + " " + fb["lines"][1])
print(log)
log.clear()
try:
    with opened("c.txt"):
        raise ValueError("bad data")
except ValueError:
    log.append("handled")
print(log)

@contextmanager
def transaction(db):
    snapshot = dict(db)
    try:
        yield db
    except Exception:
        db.clear()
        db.update(snapshot)
        print("rolled back")
    else:
        print("committed")

db = {"x": 1}
with transaction(db) as t:
    t["y"] = 2
with transaction(db) as t:
    t["z"] = 3
    raise KeyError("oops")
print(db)

def process(paths):
    with ExitStack() as stack:
        files = [stack.enter_context(opened(p)) for p in paths]
        stack.callback(print, "all closed?", len(log))
        return [f["name"] for f in files]
log.clear()
print(process(["x", "y", "z"]), log)
results = []
for text in ["1", "x", "3"]:
    with suppress(ValueError):
        results.append(int(text))
print(results)

class Conn:
    def __init__(self):
        self.open = True
    def close(self):
        self.open = False
with closing(Conn()) as conn:
    print("open inside:", conn.open)
print("open after:", conn.open)
