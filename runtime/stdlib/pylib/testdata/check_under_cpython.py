"""Check Asobiba's Python-source standard library against CPython's own modules.

Usage (from anywhere; needs only python3, 3.11 or newer):

    python3 runtime/stdlib/pylib/testdata/check_under_cpython.py [-v] [--no-hooks] [substring ...]

-v prints the output of passing programs; --no-hooks runs our modules without the stand-in
_asobiba module, as they will run before the Go hooks exist (the interpreter's own test
programs must pass either way; the checker-only cases may use the hooks).

How it works. Every test is a small program that prints what it observes. The programs are
the interpreter's own behaviour tests for pylib modules, runtime/testdata/py/stdlib/
<module>_<topic>.py (programs for modules written in Go, such as re_*.py, are skipped), plus
the checker-only programs in testdata/cases/*.py (randomised comparisons and anything that
must not become a golden file). Each program runs twice, each time in a fresh
`python3 -S` child process with PYTHONHASHSEED=0:

  * "real" mode runs it against CPython's modules, untouched;
  * "pylib" mode (CPython's asyncio, which Asobiba provides in Go, is loaded first when a
    program uses it) first removes from sys.modules every module name that pylib provides
    (with -S only `abc` is preloaded), then puts a finder at the front of sys.meta_path
    that serves those names, and only those, from runtime/stdlib/pylib/*.py. So inside the
    child `import functools` in a program, or in our own collections, gets our functools
    under its real name; __module__, __qualname__ and every repr come out exactly as they
    would in Asobiba. A stand-in `_asobiba` module provides the optional Go hooks.

A program passes when both runs print the same stdout and exit the same way. An interpreter
test program must also make a usable golden file: the project's oracle is CPython 3.11, so
it must print the same under 3.11 and 3.12 and write nothing to stderr (see
golden_problems); 3.12-only behaviour is checked by testdata/cases/py312_only.py instead. After the
pylib run the child also checks that every pylib-provided module in sys.modules really
came from pylib, so a real module can never slip in and make a test pass by accident.

CPython 3.12 is the reference. When this checker runs on 3.11, REAL_311_SHIMS gives the
real modules the few 3.12 behaviours they lack (OrderedDict's repr, itertools.batched, ...),
and abstract_message_312 rewrites 3.11's wording of the abstract-class error, so the
reference is 3.12's behaviour.

The run ends with the line "N passed, N failed".
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PYLIB = os.path.dirname(HERE)
REPO = os.path.dirname(os.path.dirname(os.path.dirname(PYLIB)))
PROGRAM_DIRS = [os.path.join(REPO, "runtime", "testdata", "py", "stdlib"), os.path.join(HERE, "cases")]

def abstract_message_312(text):
    """Rewrites 3.11's "Can't instantiate abstract class C with abstract methods f, g" in 3.12 words."""
    import re

    def rewrite(match):
        names = match.group(2).split(", ")
        quoted = "', '".join(names)
        plural = "s" if len(names) > 1 else ""
        return (f"Can't instantiate abstract class {match.group(1)} without an implementation for "
                f"abstract method{plural} '{quoted}'")

    return re.sub(r"Can't instantiate abstract class (\w+) with abstract methods? (\w+(?:, \w+)*)", rewrite, text)


REAL_311_SHIMS = '''
import collections
_running = set()


class OrderedDict(collections.OrderedDict):
    # 3.12 prints OrderedDict({'a': 1}) where 3.11 prints OrderedDict([('a', 1)]).
    def __repr__(self):
        if not self:
            return "%s()" % type(self).__name__
        if id(self) in _running:
            return "..."
        _running.add(id(self))
        try:
            return "%s(%r)" % (type(self).__name__, dict(self.items()))
        finally:
            _running.discard(id(self))


OrderedDict.__module__ = "collections"
collections.OrderedDict = OrderedDict

import itertools
if not hasattr(itertools, "batched"):
    def _batched(iterable, n):
        if n < 1:
            raise ValueError("n must be at least one")
        it = iter(iterable)
        return iter(lambda: tuple(itertools.islice(it, n)), ())
    itertools.batched = _batched

import fractions
if not hasattr(fractions.Fraction, "is_integer"):
    fractions.Fraction.is_integer = lambda self: self.denominator == 1

import types
if not hasattr(types, "get_original_bases"):
    types.get_original_bases = lambda cls, /: cls.__dict__.get("__orig_bases__", cls.__bases__)

import functools
functools.WRAPPER_ASSIGNMENTS += ("__type_params__",) if "__type_params__" not in functools.WRAPPER_ASSIGNMENTS else ()

import keyword
if "type" not in keyword.softkwlist:
    keyword.softkwlist.append("type")
    keyword.issoftkeyword = frozenset(keyword.softkwlist).__contains__

import enum
def _contains(cls, value):
    if isinstance(value, cls):
        return True
    try:
        return value in cls._value2member_map_
    except TypeError:
        return value in cls._unhashable_values_
enum.EnumType.__contains__ = _contains

import collections.abc
if not hasattr(collections.abc, "Buffer"):
    class Buffer(metaclass=__import__("abc").ABCMeta):
        __slots__ = ()
    for _t in (bytes, bytearray, memoryview):
        Buffer.register(_t)
    Buffer.__module__ = "collections.abc"
    collections.abc.Buffer = Buffer
'''


def pylib_names():
    """Returns {dotted name: (path, is_package)} for every module pylib provides."""
    found = {}
    for entry in sorted(os.listdir(PYLIB)):
        path = os.path.join(PYLIB, entry)
        if entry.endswith(".py"):
            found[entry[:-3]] = (path, False)
        elif os.path.isfile(os.path.join(path, "__init__.py")):
            found[entry] = (os.path.join(path, "__init__.py"), True)
            for sub in sorted(os.listdir(path)):
                if sub.endswith(".py") and sub != "__init__.py":
                    found[entry + "." + sub[:-3]] = (os.path.join(path, sub), False)
    return found


class PylibFinder:
    """A meta-path finder and loader that serves pylib sources under their real names."""

    def __init__(self, modules):
        self.modules = modules

    def find_spec(self, fullname, path=None, target=None):
        if fullname not in self.modules:
            return None
        import _frozen_importlib
        origin, is_package = self.modules[fullname]
        spec = _frozen_importlib.ModuleSpec(fullname, self, origin=origin, is_package=is_package)
        spec.has_location = True
        if is_package:
            spec.submodule_search_locations = [os.path.dirname(origin)]
        return spec

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        with open(module.__spec__.origin, encoding="utf-8") as f:
            code = compile(f.read(), module.__spec__.origin, "exec")
        exec(code, module.__dict__)


# The pylib modules that cannot work without the Go hooks: traceback formats exceptions with
# the interpreter's own printer. --no-hooks skips their programs.
NEEDS_HOOKS = {"traceback"}


def make_asobiba_shim():
    """Makes a stand-in for the Go module _asobiba with CPython equivalents of its hooks. It
    runs before pylib takes over the module names, so that the real modules it uses
    (linecache, CPython's traceback) import CPython's own dependencies."""
    shim = type(sys)("_asobiba")

    def caller_module(depth):
        try:
            return sys._getframe(depth + 1).f_globals.get("__name__")
        except ValueError:
            return None

    shim.caller_module = caller_module

    # The hooks of pylib's traceback and inspect: source lines from linecache, whole
    # exceptions from CPython's own traceback module (loaded under another name, since
    # pylib's takes the name traceback), and no caret lines.
    import importlib.util
    import linecache
    import sysconfig
    path = os.path.join(sysconfig.get_paths()["stdlib"], "traceback.py")
    spec = importlib.util.spec_from_file_location("_cpython_traceback", path)
    real_traceback = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(real_traceback)

    def source_line(filename, lineno):
        lines = linecache.getlines(filename)
        if 1 <= lineno <= len(lines):
            return lines[lineno - 1].rstrip("\r\n")
        return None

    def format_exception(exc, limit, chain):
        return "".join(real_traceback.format_exception(exc, limit=limit, chain=chain))

    def traceback_entries(tb, carets):
        entries = []
        while tb is not None:
            code = tb.tb_frame.f_code
            entries.append((code.co_filename, tb.tb_lineno, code.co_name, "" if carets else None))
            tb = tb.tb_next
        return entries

    shim.source_line = source_line
    shim.traceback_entries = traceback_entries
    shim.format_exception = format_exception
    return shim


def run_child(mode, program):
    """Runs one program in this process, in "real", "real-raw", "pylib" or "pylib-no-hooks" mode.

    "real-raw" is CPython without the 3.12 shims: what the golden-file oracle prints.
    """
    modules = pylib_names()
    with open(program, encoding="utf-8") as f:
        source = f.read()
    if "asyncio" in source:
        # asyncio is provided in Go by others: load CPython's with its real dependencies
        # before pylib takes over the names, so it does not run on our modules.
        import asyncio  # noqa: F401
    if mode.startswith("pylib"):
        shim = make_asobiba_shim() if mode == "pylib" else None
        for name in modules:
            sys.modules.pop(name, None)
        sys.meta_path.insert(0, PylibFinder(modules))
        if shim is not None:
            sys.modules["_asobiba"] = shim
    elif mode == "real" and sys.version_info < (3, 12):
        exec(REAL_311_SHIMS, {})
    main = type(sys)("__main__")
    main.__file__ = program
    sys.modules["__main__"] = main
    code = compile(source, program, "exec")
    try:
        exec(code, main.__dict__)
    finally:
        sys.stdout.flush()
        if mode.startswith("pylib"):
            for name, (path, _) in modules.items():
                mod = sys.modules.get(name)
                if mod is not None and getattr(mod, "__file__", None) != path:
                    sys.stderr.write("checker: module %s did not come from pylib\n" % name)
                    sys.exit(99)


def run_program(program, mode):
    import subprocess
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env["PYTHONHASHSEED"] = "0"
    env["PYTHONIOENCODING"] = "utf-8"
    proc = subprocess.run([sys.executable, "-S", "-s", os.path.abspath(__file__), "--child", mode, program],
                          capture_output=True, text=True, env=env, cwd=HERE, timeout=120)
    return proc.returncode, proc.stdout, proc.stderr


def compare(program, verbose, mode):
    """Runs one program both ways; returns a list of problem descriptions (empty if it passes)."""
    rc_real, out_real, err_real = run_program(program, "real")
    rc_ours, out_ours, err_ours = run_program(program, mode)
    if sys.version_info < (3, 12):
        out_real = abstract_message_312(out_real)
    problems = []
    if rc_real != 0:
        problems.append("the program fails under real CPython (exit %d):\n%s" % (rc_real, err_real[-2000:]))
    if rc_ours != rc_real:
        problems.append("exit status %d, CPython %d\n%s" % (rc_ours, rc_real, err_ours[-3000:]))
    if out_real != out_ours:
        import difflib
        diff = difflib.unified_diff(out_real.splitlines(), out_ours.splitlines(), "cpython", "pylib", lineterm="", n=1)
        problems.append("\n".join(list(diff)[:80]))
    if program.startswith(PROGRAM_DIRS[0]):
        problems += golden_problems(program, out_real, err_ours)
    if verbose and not problems:
        print(out_ours)
    return problems


def golden_problems(program, out_312, err_ours):
    """Checks that an interpreter test program makes a usable golden file.

    The golden files are made by the project's CPython oracle (3.11 today) while pylib
    follows 3.12, so such a program must print the same under both and write nothing to
    stderr; 3.12-only behaviour belongs in testdata/cases, where this checker knows 3.12.
    """
    problems = []
    if sys.version_info < (3, 12):
        rc_raw, out_raw, err_raw = run_program(program, "real-raw")
        if out_raw != out_312:
            import difflib
            diff = difflib.unified_diff(out_raw.splitlines(), out_312.splitlines(), "cpython-3.11", "cpython-3.12",
                                        lineterm="", n=0)
            problems.append("prints what differs between CPython 3.11 (the golden files' oracle) and 3.12; "
                            "move that part to testdata/cases:\n" + "\n".join(list(diff)[:20]))
        if err_raw:
            problems.append("writes to stderr under CPython 3.11:\n" + err_raw[-1000:])
    if err_ours:
        problems.append("writes to stderr with pylib:\n" + err_ours[-1000:])
    return problems


def main(argv):
    if argv[:1] == ["--child"]:
        run_child(argv[1], argv[2])
        return 0
    verbose = "-v" in argv
    no_hooks = "--no-hooks" in argv
    filters = [a for a in argv if a not in ("-v", "--no-hooks")]
    # The interpreter's stdlib test folder also holds programs for modules written in Go
    # (re_*.py, time_*.py, ...): take only those named after a pylib module.
    modules = {name for name in pylib_names() if not name.startswith("_") and "." not in name}
    programs = []
    for folder in PROGRAM_DIRS:
        if os.path.isdir(folder):
            programs += [os.path.join(folder, n) for n in sorted(os.listdir(folder))
                         if n.endswith(".py") and (folder.endswith("cases") and not no_hooks
                                                   or n.split("_")[0] in modules)]
    if no_hooks:
        programs = [p for p in programs if os.path.basename(p).split("_")[0] not in NEEDS_HOOKS]
    programs = [p for p in programs if not filters or any(f in os.path.basename(p) for f in filters)]
    passed = failed = 0
    for program in programs:
        problems = compare(program, verbose, "pylib-no-hooks" if no_hooks else "pylib")
        name = os.path.relpath(program, REPO)
        if problems:
            failed += 1
            print("FAIL", name)
            for p in problems:
                print("    " + p.replace("\n", "\n    "))
        else:
            passed += 1
            print("ok  ", name)
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
