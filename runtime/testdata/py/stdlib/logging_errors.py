# A bad format argument prints "--- Logging error ---" and the program carries on.
import logging
import sys

logging.basicConfig(stream=sys.stdout, format="%(levelname)s %(message)s")
log = logging.getLogger("e")


def report():
    log.warning("two args %s %s", "only one")


report()
print("still running")
out = logging.root.handlers[0]
logging.root.removeHandler(out)
logging.root.addHandler(logging.StreamHandler())  # stderr: paths are normalised there
log.warning("stack", stack_info=True)
logging.root.handlers = [out]


def helper():
    log.warning("from helper, reported for the caller", stacklevel=2)


def caller():
    helper()


logging.root.handlers[0].setFormatter(logging.Formatter("%(funcName)s:%(lineno)d %(message)s"))
caller()
