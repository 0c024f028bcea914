# Tracebacks through warnings.py show CPython's lines.
import traceback
import warnings


def attempt(fn, *args, **kwargs):
    try:
        fn(*args, **kwargs)
    except Exception:
        traceback.print_exc()


attempt(warnings.simplefilter, "ignored")
attempt(warnings.simplefilter, "ignore", lineno=-1)
attempt(warnings.filterwarnings, "ignore", category=ValueError)
attempt(warnings.filterwarnings, "ignore", message=b"bytes")


def broken_show(message, category, filename, lineno, file=None, line=None):
    raise ValueError("showwarning failed")


with warnings.catch_warnings():
    warnings.showwarning = broken_show
    attempt(warnings.warn, "shown by a broken function")


def broken_format(message, category, filename, lineno, line=None):
    return 1 / 0


with warnings.catch_warnings():
    warnings.formatwarning = broken_format
    attempt(warnings.warn, "formatted by a broken function")
warnings.formatwarning = warnings._formatwarning_orig
cw = warnings.catch_warnings()
with cw:
    attempt(cw.__enter__)
attempt(warnings.catch_warnings().__exit__)
saved = warnings.filters
warnings.filters = ()
attempt(warnings.simplefilter, "error")
warnings.filters = saved
