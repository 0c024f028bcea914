# Handlers, propagation, filters, files, adapters, exceptions and disable().
import io
import logging
import sys

root = logging.getLogger()
out = logging.StreamHandler(sys.stdout)
out.setFormatter(logging.Formatter("root saw %(name)s %(levelname)s %(message)s"))
root.addHandler(out)
print(out)

a = logging.getLogger("a")
a.setLevel(logging.DEBUG)
ab = logging.getLogger("a.b")
h = logging.StreamHandler(sys.stdout)
h.setLevel(logging.INFO)
h.setFormatter(logging.Formatter("a got %(message)s from %(name)s"))
a.addHandler(h)
ab.debug("debug from a.b")
ab.info("info from a.b")
a.propagate = False
ab.warning("not propagated to root")
a.propagate = True
print(ab.hasHandlers(), logging.getLogger("zz").hasHandlers())

class OnlyEven:
    def filter(self, record):
        return record.args[0] % 2 == 0

h.addFilter(OnlyEven())
for i in range(4):
    ab.info("n=%d", i)
a.removeHandler(h)
ab.info("only root now")

f = logging.Filter("a.b")
r = logging.makeLogRecord({"name": "a.bc", "msg": "m"})
print(f.filter(r), logging.Filter("a").filter(logging.makeLogRecord({"name": "a.b"})))
a.addFilter(lambda record: "secret" not in record.getMessage())
a.info("secret stuff")
a.info("public stuff")

adapter = logging.LoggerAdapter(a, {"user": "ann"})
out.setFormatter(logging.Formatter("%(user)s: %(message)s"))
adapter.warning("adapted %s", 1)
print(repr(adapter), adapter.isEnabledFor(logging.DEBUG))

class Prefix(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return "[%s] %s" % (self.extra["user"], msg), kwargs

out.setFormatter(logging.Formatter("%(message)s"))
Prefix(a, {"user": "bo"}).info("hello")
a.info("extra", extra={"user": "cy"})
try:
    a.info("bad", extra={"message": "x"})
except KeyError as e:
    print("KeyError:", e)

out.setFormatter(logging.Formatter("%(levelname)s %(funcName)s %(message)s"))
err = logging.StreamHandler()  # tracebacks go to stderr, where paths are normalised
err.setFormatter(logging.Formatter("%(levelname)s %(funcName)s %(message)s"))
err.setLevel(logging.ERROR)
a.addHandler(err)
a.propagate = False


def fail():
    try:
        {}["k"]
    except KeyError:
        a.exception("lookup failed")
        a.error("with info", exc_info=True)
    a.warning("explicit", exc_info=ValueError("v"))


fail()
a.propagate = True
a.removeHandler(err)
logging.disable(logging.WARNING)
a.warning("disabled")
a.error("still on")
logging.disable(logging.NOTSET)
a.warning("enabled again")
null = logging.NullHandler()
logging.getLogger("lib").addHandler(null)
logging.getLogger("lib").propagate = False
logging.getLogger("lib").error("swallowed")
rec = logging.LogRecord("n", logging.INFO, "/p/mod.py", 7, "m %s", ("x",), None, "fn")
print(rec, rec.getMessage(), rec.filename, rec.module, rec.levelname, rec.funcName, rec.created, rec.msecs)
print(sorted(logging.getLevelNamesMapping().items()))
logging.shutdown()
