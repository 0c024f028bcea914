import logging
logging.warning("no config %s", "yet")
logging.info("not shown")
log = logging.getLogger("app")
log.error("error before basicConfig goes to last resort? %d", 5)
