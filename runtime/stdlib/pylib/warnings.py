"""Python part of the warnings subsystem."""

import sys


__all__ = ["warn", "warn_explicit", "showwarning",
           "formatwarning", "filterwarnings", "simplefilter",
           "resetwarnings", "catch_warnings"]

def showwarning(message, category, filename, lineno, file=None, line=None):
    """Writes a warning to file (sys.stderr when None)."""
    msg = WarningMessage(message, category, filename, lineno, file, line)
    _showwarnmsg_impl(msg)

def formatwarning(message, category, filename, lineno, line=None):
    """Returns a warning formatted as the interpreter shows it."""
    msg = WarningMessage(message, category, filename, lineno, None, line)
    return _formatwarnmsg_impl(msg)

def _showwarnmsg_impl(msg):
    file = msg.file
    if file is None:
        file = sys.stderr
        if file is None:
            # Without sys.stderr (a program may set it to None) the warning
            # goes nowhere.
            return
    text = _formatwarnmsg(msg)
    try:
        file.write(text)
    except OSError:
        # The file is unusable: the warning is lost.
        pass

def _formatwarnmsg_impl(msg):
    category = msg.category.__name__
    s =  f"{msg.filename}:{msg.lineno}: {category}: {msg.message}\n"
    # Asobiba has no linecache: _getline reads the interpreter's record of the files it
    # compiled.
    line = _getline(msg.filename, msg.lineno) if msg.line is None else msg.line
    if line:
        line = line.strip()
        s += "  %s\n" % line
    # Asobiba has no tracemalloc: a warning about an object gets CPython's hint for when
    # tracing is off.
    if msg.source is not None:
        s += (f'{category}: Enable tracemalloc to get the object '
              f'allocation traceback\n')
    return s














































def _showwarnmsg(msg):
    """Shows a warning through a replaced showwarning, else _showwarnmsg_impl."""
    try:
        sw = showwarning
    except NameError:
        pass
    else:
        if sw is not _showwarning_orig:
            # A program replaced warnings.showwarning().
            if not callable(sw):
                raise TypeError("warnings.showwarning() must be set to a "
                                "function or method")

            sw(msg.message, msg.category, msg.filename, msg.lineno,
               msg.file, msg.line)
            return
    _showwarnmsg_impl(msg)




def _formatwarnmsg(msg):
    """Formats a warning: through formatwarning when a program replaced it, otherwise
    through _formatwarnmsg_impl."""
    try:
        fw = formatwarning
    except NameError:
        pass
    else:
        if fw is not _formatwarning_orig:
            return fw(msg.message, msg.category,
                      msg.filename, msg.lineno, msg.line)
    return _formatwarnmsg_impl(msg)

def filterwarnings(action, message="", category=Warning, module="", lineno=0,
                   append=False):
    """Adds a filter to the front of the list of filters (to its end with append).

    'action' is what happens to a warning that the filter matches: "error",
    "ignore", "always", "default", "module" or "once".
    The filter matches the warnings whose text matches the regular expression
    'message' (ignoring case), whose category is a subclass of 'category',
    issued by a module whose name matches the regular expression 'module', at
    line 'lineno' (0 for any line).
    An equal filter already in the list moves to the front (or stays, with append).
    """
    assert action in ("error", "ignore", "always", "default", "module",
                      "once"), "invalid action: %r" % (action,)
    assert isinstance(message, str), "message must be a string"
    assert isinstance(category, type), "category must be a class"
    assert issubclass(category, Warning), "category must be a Warning subclass"
    assert isinstance(module, str), "module must be a string"
    assert isinstance(lineno, int) and lineno >= 0, \
           "lineno must be an int >= 0"

    if message or module:
        import re
    message = re.compile(message, re.I) if message else None
    module = re.compile(module) if module else None
    # An empty message or module matches everything, as None does.







    _add_filter(action, message, category, module, lineno, append=append)

def simplefilter(action, category=Warning, lineno=0, append=False):
    """Adds a filter that matches every message and module to the front of the
    list of filters (to its end with append).

    'action' is what happens to a warning that the filter matches: "error",
    "ignore", "always", "default", "module" or "once".
    The filter matches the warnings whose category is a subclass of 'category',
    at line 'lineno' (0 for any line). An equal filter already in the list moves
    to the front (or stays, with append).
    """
    assert action in ("error", "ignore", "always", "default", "module",
                      "once"), "invalid action: %r" % (action,)
    assert isinstance(lineno, int) and lineno >= 0, \
           "lineno must be an int >= 0"
    _add_filter(action, None, category, None, lineno, append=append)

def _add_filter(*item, append):
    # An equal filter moves to the front, so that it is found first; with append,
    # an equal filter stays where it is.
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    else:
        if item not in filters:
            filters.append(item)
    _filters_mutated()

def resetwarnings():
    """Removes every filter, the default ones included."""
    filters[:] = []
    _filters_mutated()


# How the module is split. As in CPython, the core lives in the _warnings module (written in
# Go, as CPython writes it in C): warn, warn_explicit, the filter list, the registries and
# the decision what happens to a warning. It exists before this module is imported, so the
# interpreter can warn at any time; once this module is imported, the core reads its
# filters, defaultaction, onceregistry, WarningMessage and _showwarnmsg on every warning,
# so a program that replaces them is obeyed. This module adds what CPython's warnings.py
# adds: the functions that edit the filters, catch_warnings, WarningMessage, and showing and
# formatting a warning.
#
# The statements that a traceback can show sit at the lines of CPython's warnings.py, so
# that tracebacks through this module read as CPython's do; hence the gaps.

from _warnings import (filters, _defaultaction, _onceregistry,
                       warn, warn_explicit, _filters_mutated, _getline)
defaultaction = _defaultaction
onceregistry = _onceregistry





















































































































































































class WarningMessage(object):

    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file",
                        "line", "source")

    def __init__(self, message, category, filename, lineno, file=None,
                 line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, "
                    "line : %r}" % (self.message, self._category_name,
                                    self.filename, self.lineno, self.line))


class catch_warnings(object):

    """A context manager that saves the warnings filters on entry and restores
    them on exit.

    With record=True, entering returns a list to which every warning that would
    be shown is appended, as a WarningMessage, instead of being written (the
    warnings module's showwarning and _showwarnmsg_impl are saved and restored
    too). Otherwise entering returns None.

    'module' is the warnings module to guard: this one by default. Another
    module is useful only for testing the warnings module itself.

    When 'action' is not None, entering passes it, with 'category', 'lineno'
    and 'append', to simplefilter(), so that

        with catch_warnings(action="ignore"):

    ignores every warning until the block ends.
    """

    def __init__(self, *, record=False, module=None,
                 action=None, category=Warning, lineno=0, append=False):
        """Takes every argument by keyword.

        'record' says whether to record the warnings; 'module' is the module
        to guard, sys.modules['warnings'] when None; 'action', 'category',
        'lineno' and 'append' make a filter for the duration of the block.
        """
        self._record = record
        self._module = sys.modules['warnings'] if module is None else module
        self._entered = False
        if action is None:
            self._filter = None
        else:
            self._filter = (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        if self._module is not sys.modules['warnings']:
            args.append("module=%r" % self._module)
        name = type(self).__name__
        return "%s(%s)" % (name, ", ".join(args))

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        self._filters = self._module.filters
        self._module.filters = self._filters[:]
        self._module._filters_mutated()
        self._showwarning = self._module.showwarning
        self._showwarnmsg_impl = self._module._showwarnmsg_impl
        if self._filter is not None:
            simplefilter(*self._filter)
        if self._record:
            log = []
            self._module._showwarnmsg_impl = log.append
            # _showwarnmsg must reach _showwarnmsg_impl, so showwarning is the
            # original one while recording.
            self._module.showwarning = self._module._showwarning_orig
            return log
        else:
            return None

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        self._module.filters = self._filters
        self._module._filters_mutated()
        self._module.showwarning = self._showwarning
        self._module._showwarnmsg_impl = self._showwarnmsg_impl
def _warn_unawaited_coroutine(coro):
    warn(f"coroutine '{coro.__qualname__}' was never awaited",
         category=RuntimeWarning, stacklevel=2, source=coro)


# References that _showwarnmsg and _formatwarnmsg compare with, to tell whether a program
# replaced showwarning or formatwarning.
_showwarning_orig = showwarning
_formatwarning_orig = formatwarning
