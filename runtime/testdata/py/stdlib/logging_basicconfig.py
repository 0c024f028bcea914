# basicConfig: level, format styles, datefmt, stream, force, and module-level functions.
import io
import logging
import sys
import time

logging.info("dropped: the root level is WARNING")
logging.warning("auto-configured")
print(logging.root.handlers)

buf = io.StringIO()
logging.basicConfig(level=logging.DEBUG, stream=buf, force=True,
                    format="%(asctime)s %(levelname)-8s %(name)s %(module)s:%(funcName)s:%(lineno)d %(message)s")
time.sleep(1.25)


def work(n):
    logging.debug("work %d", n)
    logging.getLogger("svc").info("in %s", "svc")


work(3)
print(buf.getvalue(), end="")

for style, fmt in [("{", "{levelname}|{name}|{message}|{msecs:.0f}"),
                   ("$", "$levelname/${name}/$message"),
                   ("%", "[%(levelno)s] %(message)s (%(threadName)s, %(processName)s)")]:
    buf = io.StringIO()
    logging.basicConfig(stream=buf, style=style, format=fmt, datefmt="%H:%M", force=True)
    logging.getLogger("x.y").error("styled %s", style)
    print(buf.getvalue(), end="")

buf = io.StringIO()
logging.basicConfig(stream=buf, format="%(asctime)s %(message)s", datefmt="%Y/%m/%d %H-%M-%S", force=True)
logging.warning("with datefmt")
print(buf.getvalue(), end="")

logging.basicConfig(stream=sys.stdout, level="INFO", force=True)
logging.basicConfig(level=logging.DEBUG)  # ignored: root has a handler
logging.info("to stdout")
logging.debug("not shown")
for kwargs in [dict(stream=sys.stdout, filename="x.log", force=True),
               dict(style="#", force=True), dict(bogus=1, force=True),
               dict(handlers=[logging.NullHandler()], stream=sys.stdout, force=True)]:
    try:
        logging.basicConfig(**kwargs)
    except ValueError as e:
        print("ValueError:", e)
for args in [("%(message)",), ("no fields", None, "{"), ("$", None, "$")]:
    try:
        logging.Formatter(*args)
    except ValueError as e:
        print("ValueError:", e)
