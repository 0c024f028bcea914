"""Functions to call when the program ends (Asobiba).

register and unregister keep a list of callbacks; Asobiba's engine calls _run_exitfuncs
when the main module has finished (after waiting for threads, as CPython does), last
registered first. An exception in a callback is reported as CPython reports it
("Exception ignored in atexit callback: ...") and the others still run.
"""
import sys

_callbacks = []


def register(func, /, *args, **kwargs):
    """Registers func(*args, **kwargs) to be called at exit; returns func."""
    if not callable(func):
        raise TypeError("the first argument must be callable")
    _callbacks.append((func, args, kwargs))
    return func


def unregister(func, /):
    """Removes every registration of func."""
    _callbacks[:] = [c for c in _callbacks if not c[0] == func]


def _clear():
    """Removes every registered callback."""
    del _callbacks[:]


def _ncallbacks():
    """Returns the number of registered callbacks."""
    return len(_callbacks)


def _run_exitfuncs():
    """Calls the registered callbacks, last first, reporting their exceptions."""
    while _callbacks:
        func, args, kwargs = _callbacks.pop()
        try:
            func(*args, **kwargs)
        except BaseException as e:
            import traceback
            try:
                text = repr(func)
            except Exception:
                text = object.__repr__(func)
            sys.stderr.write("Exception ignored in atexit callback: %s\n" % text)
            traceback.print_exception(type(e), e, e.__traceback__.tb_next, file=sys.stderr)
