import logging
logging.basicConfig(format="%(asctime)s %(levelname)s %(message)s")
logging.warning("with time")
logging.basicConfig(format="%(asctime)s|%(message)s", datefmt="%H:%M:%S", force=True, level="INFO")
logging.info("custom time")
logging.error("error %s %s", 1, 2)
log = logging.getLogger(__name__)
log.info("module logger %s", __name__)
try:
    {}["missing"]
except KeyError as e:
    log.error("caught", exc_info=True)
    log.warning("as exc %s", e, exc_info=e)
log.info("stack", stack_info=False)
logging.getLogger("a.b.c").warning("deep")
logging.getLogger("a").setLevel(logging.CRITICAL)
logging.getLogger("a.b.c").warning("deep hidden")
logging.getLogger("a.b").warning("mid hidden")
print(logging.getLogger("a.b.c").getEffectiveLevel())
