"""Configuration of logging from dictionaries and files (Asobiba).

Not supported yet: dictConfig, fileConfig and listen raise NotImplementedError. Configure
logging with basicConfig or by creating handlers and formatters directly.
"""


def dictConfig(config):
    raise NotImplementedError("logging.config.dictConfig is not supported in Asobiba")


def fileConfig(fname, defaults=None, disable_existing_loggers=True, encoding=None):
    raise NotImplementedError("logging.config.fileConfig is not supported in Asobiba")


def listen(port=0, verify=None):
    raise NotImplementedError("logging.config.listen is not supported in Asobiba")


def stopListening():
    raise NotImplementedError("logging.config.stopListening is not supported in Asobiba")
