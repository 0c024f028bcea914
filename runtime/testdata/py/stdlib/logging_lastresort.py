# An unconfigured logger prints bare messages at WARNING and above to stderr.
import logging

log = logging.getLogger("app.db")
log.debug("not shown")
log.info("not shown either")
log.warning("disk %d%% full", 93)
log.error("lost connection to %s", "db1")
print(repr(log), repr(logging.getLogger()), log.parent is logging.root)
print(log.getEffectiveLevel(), log.isEnabledFor(logging.WARNING), log.isEnabledFor(logging.INFO))
print(logging.getLevelName(10), logging.getLevelName("ERROR"), logging.getLevelName(33))
logging.addLevelName(25, "NOTICE")
print(logging.getLevelName(25), logging.getLevelName("NOTICE"))
log.log(25, "a notice")
log.critical("%(who)s says %(what)s", {"who": "bob", "what": "hi"})
try:
    log.log("INFO", "x")
except TypeError as e:
    print("TypeError:", e)
try:
    log.setLevel("LOUD")
except ValueError as e:
    print("ValueError:", e)
print(logging.getLogger("app") is log.parent, logging.getLogger("app.db") is log)
print(logging.getLogger("app").getChild("db") is log)
