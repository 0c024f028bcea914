import logging, sys
logging.basicConfig(level=logging.DEBUG, format="%(levelname)-8s %(name)s [%(funcName)s:%(lineno)d] %(message)s", stream=sys.stdout)
log = logging.getLogger("app.db")
def connect():
    log.debug("connecting to %s:%d", "localhost", 5432)
    log.info("connected")
connect()
log.warning("slow query: %.2fs", 1.234)
logging.getLogger("app").setLevel(logging.ERROR)
log.warning("hidden now")
log.error("shown: %r", {"k": 1})
print(log, logging.getLogger("app"), logging.getLogger(), log.parent.name, log.getEffectiveLevel())
errs = logging.getLogger("errs")
errs.addHandler(logging.StreamHandler(sys.stderr))
errs.propagate = False
try:
    1 / 0
except ZeroDivisionError:
    errs.exception("math failed")
print(logging.getLevelName(10), logging.getLevelName("INFO"), logging.getLevelName(35))
logging.addLevelName(35, "NOTICE")
log.log(35, "custom level")
adapter = logging.LoggerAdapter(log, {"user": "bob"})
adapter.error("via adapter")
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("{levelname}|{name}|{message}", style="{"))
other = logging.getLogger("other")
other.addHandler(h)
other.propagate = False
other.warning("brace style")
other.addFilter(lambda r: "secret" not in r.getMessage())
other.warning("secret stuff")
other.warning("public stuff")
f2 = logging.Formatter("$levelname:$message", style="$")
h.setFormatter(f2)
other.critical("dollar")
print(repr(h), logging.root.handlers)
try:
    logging.Formatter("no fields")
except ValueError as e:
    print(e)
try:
    logging.basicConfig(bogus=1, force=True)
except ValueError as e:
    print(e)
rec = logging.makeLogRecord({"msg": "hello %s", "args": ("x",), "levelno": 20})
print(rec.getMessage())
logging.disable(logging.CRITICAL)
log.critical("disabled")
logging.disable(logging.NOTSET)
log.critical("enabled again")
child = log.getChild("pool")
print(child.name, child.parent is log)
