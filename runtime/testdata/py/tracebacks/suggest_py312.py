# The "Did you mean" hints CPython 3.12 adds and 3.11 lacks, which Asobiba follows: a NameError
# in a method whose self has the attribute ("Did you mean: 'self.x'?", before any close
# name), a NameError naming a standard-library module ("Did you forget to import 'sys'?"),
# an ImportError of `from m import x` (from dir(m)), and the traceback module's hints.
# CPython 3.11 (the usual oracle) differs, so the expected output (.asobiba.out/.err/.exit)
# is CPython 3.12's, made under the virtual-clock oracle by
#   cd runtime/testdata/py/tracebacks &&
#   /root/.pyenv/versions/3.12.1/bin/python3 -c 'import sys; sys.path.insert(0, "/work/shared/oracle"); import vclock; o, e, rc = vclock.run("suggest_py312.py"); open("suggest_py312.py.asobiba.out", "wb").write(o); open("suggest_py312.py.asobiba.err", "wb").write(e); open("suggest_py312.py.asobiba.exit", "w").write("%d\n" % rc)'
import io
import sys
import traceback
import types


def last_line(f):
    """Run f and print the last line the exception printer writes for what it raises (for an
    ImportError, only what follows the module's location, which differs between machines)."""
    try:
        f()
    except BaseException:
        saved, sys.stderr = sys.stderr, io.StringIO()
        try:
            sys.excepthook(*sys.exc_info())
        finally:
            text, sys.stderr = sys.stderr.getvalue(), saved
        line = text.splitlines()[-1]
        if line.startswith("ImportError: cannot import name"):
            line = "ImportError: (...)" + line[line.rindex(")") + 1:]
        print(line)


class Counter:
    limit = 3

    def __init__(self):
        self.count = 0

    @property
    def doubled(self):
        return self.count * 2

    def forgot_self(self):
        return count

    def close_local(self):
        cont = 1
        return count                             # self.count wins over the local

    def class_attribute(self):
        return limit

    def through_property(self):
        return doubled

    def missing_everywhere(self):
        return countt                            # no self.countt: the close names

    def self_deleted(self):
        del self
        return count

    @staticmethod
    def no_self():
        return count


def module_names():
    json2 = 1
    return json                                  # both hints


last_line(Counter().forgot_self)
last_line(Counter().close_local)
last_line(Counter().class_attribute)
last_line(Counter().through_property)
last_line(Counter().missing_everywhere)
last_line(Counter().self_deleted)
last_line(Counter.no_self)
last_line(lambda: math.pi)
last_line(lambda: asyncio.run(None))
last_line(lambda: os.getcwd())
last_line(lambda: collections)
last_line(module_names)
last_line(lambda: mathh)                         # not a module name

mod = types.ModuleType("mymod")
mod.alpha = 1
mod.beta_gamma = 2
sys.modules["mymod"] = mod


def import_from(source):
    def f():
        exec(source, {})
    return f


last_line(import_from("from mymod import alpah"))
last_line(import_from("from mymod import beta_gama"))
last_line(import_from("from mymod import zzzzzz"))
last_line(import_from("from json import dumpz"))
last_line(import_from("from asyncio import sleeep"))
last_line(import_from("from collections import defaultdic"))
last_line(import_from("import mth"))                    # ModuleNotFoundError: no hint
last_line(import_from("import asyncio.taskz"))
try:
    from mymod import alpah
except ImportError as e:
    print(e.name, e.name_from, str(e))

try:
    [].apend
except AttributeError as e:
    te = traceback.TracebackException.from_exception(e)
    print(str(te))
    print("".join(te.format_exception_only()), end="")
    print(traceback.format_exception_only(e))
    print(traceback.format_exc().splitlines()[-1])
try:
    Counter().forgot_self()
except NameError as e:
    print(str(traceback.TracebackException.from_exception(e)))
    print(traceback.format_exception_only(e))     # without its traceback: no hint
    print(traceback.format_exc().splitlines()[-1])

Counter().forgot_self()
