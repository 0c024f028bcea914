# logging.handlers.RotatingFileHandler and WatchedFileHandler over files the program makes in
# a folder of its own (listed sorted), removed at the end.
import logging
import logging.handlers
import os

os.mkdir("rotlog_tmp")
log = logging.getLogger("rotating_demo")
log.setLevel(logging.INFO)
log.propagate = False
h = logging.handlers.RotatingFileHandler("rotlog_tmp/app.log", maxBytes=40, backupCount=2)
h.setFormatter(logging.Formatter("%(message)s"))
log.addHandler(h)
for i in range(8):
    log.info("message number %d", i)
h.close()
log.removeHandler(h)
print(sorted(os.listdir("rotlog_tmp")))
for name in sorted(os.listdir("rotlog_tmp")):
    with open(os.path.join("rotlog_tmp", name)) as f:
        print(name, f.read().splitlines())

named = logging.handlers.RotatingFileHandler("rotlog_tmp/n.log", maxBytes=10, backupCount=1, delay=True)
named.namer = lambda default: default + ".old"
print(named.stream, named.rotation_filename("x"), named.mode, named.maxBytes)
log.addHandler(named)
log.warning("first warning")
log.warning("second warning")
named.close()
log.removeHandler(named)
print(sorted(n for n in os.listdir("rotlog_tmp") if n.startswith("n.")))

w = logging.handlers.WatchedFileHandler("rotlog_tmp/w.log")
log.addHandler(w)
log.info("before the move")
os.rename("rotlog_tmp/w.log", "rotlog_tmp/w.moved")
log.info("after the move")
w.close()
log.removeHandler(w)
for name in ["w.log", "w.moved"]:
    with open("rotlog_tmp/" + name) as f:
        print(name, f.read().splitlines())

for name in os.listdir("rotlog_tmp"):
    os.remove(os.path.join("rotlog_tmp", name))
os.rmdir("rotlog_tmp")
print(os.path.exists("rotlog_tmp"))
