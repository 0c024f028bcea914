# logging.config.dictConfig: formatters, filters, handlers, loggers, root, disabling.
import logging
import logging.config

old = logging.getLogger("old.module")
kept_child = logging.getLogger("app.sub")


class OnlyShort(logging.Filter):
    def __init__(self, limit):
        super().__init__()
        self.limit = limit

    def filter(self, record):
        return len(record.getMessage()) <= self.limit


logging.config.dictConfig({
    "version": 1,
    "formatters": {
        "brief": {"format": "%(levelname)-7s %(name)s: %(message)s"},
        "curly": {"format": "{name} says {message}", "style": "{"},
    },
    "filters": {
        "short": {"()": OnlyShort, "limit": 20},
        "app_only": {"name": "app"},
    },
    "handlers": {
        "out": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout",
                "formatter": "brief", "level": "DEBUG"},
        "curly_out": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout",
                      "formatter": "curly", "filters": ["short"]},
    },
    "loggers": {
        "app": {"level": "DEBUG", "handlers": ["curly_out"], "propagate": True},
        "quiet": {"level": "ERROR"},
    },
    "root": {"level": "INFO", "handlers": ["out"]},
})
app = logging.getLogger("app")
app.debug("debug message")
app.info("a message that is far too long for the filter")
kept_child.warning("child of app")
logging.getLogger("quiet").warning("hidden")
logging.getLogger("quiet").error("shown")
old.error("old loggers are disabled")
print(old.disabled, kept_child.disabled, app.handlers[0].name, logging.root.handlers)

logging.config.dictConfig({"version": 1, "incremental": True,
                           "handlers": {"out": {"level": "ERROR"}}})
logging.getLogger("x").warning("filtered by the handler level now")
logging.getLogger("x").error("passes")

logging.config.dictConfig({"version": 1, "disable_existing_loggers": False,
                           "root": {"level": "WARNING", "handlers": []}})
print(logging.root.handlers, app.disabled)
for bad in [{}, {"version": 2}, {"version": 1, "handlers": {"h": {"class": "logging.NoSuchHandler"}}},
            {"version": 1, "formatters": {"f": {"format": "%(message)", "validate": True}}},
            {"version": 1, "handlers": {"h": {"class": "logging.StreamHandler", "formatter": "nope"}}},
            {"version": 1, "root": {"level": "LOUD"}}]:
    try:
        logging.config.dictConfig(bad)
    except ValueError as e:
        print("ValueError:", e, "| cause:", type(e.__cause__).__name__ if e.__cause__ else None)
