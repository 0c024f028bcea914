# os itself (Python over posix): the environment mapping's operations, makedirs, walk,
# strerror and fspath, over files and variables of the program's own.
import os
import posix

print(os.fspath is posix.fspath, os.stat is posix.stat, os.stat_result is posix.stat_result)
print(type(os.environ).__name__, type(os.environ).__module__, type(iter(os.environ)).__name__)
print(sorted(set(os.__all__) & {"sys", "path", "open", "environ", "walk", "PathLike", "DirEntry", "makedirs", "sep"}))


def attempt(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except (TypeError, ValueError, KeyError, OSError) as e:
        print(type(e).__name__ + ":", e)


env = os.environ
env["ASO_A"] = "1"
print(env["ASO_A"], "ASO_A" in env, "ASO_NONE" in env, env.get("ASO_A"), env.get("ASO_NONE", "d"))
print(env.setdefault("ASO_A", "2"), env.setdefault("ASO_B", "3"), env["ASO_B"], os.getenv("ASO_B"))
env.update({"ASO_C": "c"}, ASO_D="d")
env.update([("ASO_E", "e")])
print(sorted(k for k in env if k.startswith("ASO_")), sorted(k for k in env.keys() if k.startswith("ASO_")))
print(sorted(v for k, v in env.items() if k.startswith("ASO_")), "e" in list(env.values()))
print(env.pop("ASO_E"), env.pop("ASO_E", "gone"), "ASO_E" in env)
del env["ASO_D"]
env |= {"ASO_F": "f"}
merged = env | {"ASO_G": "g"}
merged2 = {"ASO_H": "h"} | env
print(type(merged).__name__, merged["ASO_G"], merged["ASO_F"], type(merged2).__name__, merged2["ASO_A"])
print(type(env.copy()).__name__, env.copy()["ASO_C"], env == env.copy(), env != {}, env == 5)
for call in (lambda: env["ASO_NONE"], lambda: env[5], lambda: env.get(5), lambda: 5 in env,
             lambda: env.__setitem__("ASO_X", 5), lambda: env.__setitem__(5, "x"),
             lambda: env.__delitem__("ASO_NONE"), lambda: env.pop("ASO_NONE"), lambda: env.pop(5, None),
             lambda: env.update(ASO_Y=1), lambda: os.getenv(5), lambda: os.putenv("ASO_P", 5),
             lambda: os.unsetenv(5), lambda: hash(env)):
    attempt(call)
os.putenv("ASO_P", "p")
os.unsetenv("ASO_P")
print("ASO_P" in env)

print(os.strerror(2), os.strerror(13), os.strerror(39), os.strerror(True))
attempt(os.strerror, "2")
attempt(os.strerror, 1.0)
print(type(os.getpid()).__name__, type(os.getppid()).__name__, type(os.cpu_count()).__name__,
      type(os.getuid()).__name__, os.getcwd() == os.path.abspath("."), os.getcwdb() == os.getcwd().encode())

os.makedirs("osm_tmp/a/b/c")
os.makedirs("osm_tmp/a/b", exist_ok=True)
os.makedirs(b"osm_tmp/bytes/x")
os.makedirs("osm_tmp/d/./e")
with open("osm_tmp/a/file.txt", "w") as f:
    f.write("x")
attempt(os.makedirs, "osm_tmp/a/b")
attempt(os.makedirs, "osm_tmp/a/file.txt", exist_ok=True)
attempt(os.makedirs, "osm_tmp/a/file.txt/sub")
attempt(os.makedirs, 5)
attempt(os.mkdir, "osm_tmp/a")
attempt(os.mkdir, "osm_tmp/missing/x")
for top, dirs, files in os.walk("osm_tmp"):
    print(top, sorted(dirs), sorted(files))
print([top for top, _, _ in os.walk("osm_tmp", topdown=False)])
print(list(os.walk("osm_tmp/none")), [d for d, _, _ in os.walk(b"osm_tmp/bytes")])
errors = []
list(os.walk("osm_tmp/none", onerror=errors.append))
print([type(e).__name__ for e in errors])
with os.scandir("osm_tmp/a") as it:
    print(sorted((e.name, e.is_dir()) for e in it))
for top, dirs, files in sorted(os.walk("osm_tmp", topdown=False), reverse=True):
    for name in files:
        os.remove(os.path.join(top, name))
    os.rmdir(top)
print(os.path.exists("osm_tmp"))
