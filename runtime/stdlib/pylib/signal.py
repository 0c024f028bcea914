"""Signals: the POSIX signal numbers and handler registry. Asobiba has no processes sending
signals, so a handler runs only when the program calls raise_signal (or os.kill on itself is
not available); alarm never fires."""

from enum import IntEnum as _IntEnum

__all__ = ["Signals", "Handlers", "Sigmasks", "signal", "getsignal", "raise_signal",
           "strsignal", "valid_signals", "default_int_handler", "SIG_DFL", "SIG_IGN", "NSIG",
           "alarm", "pause", "set_wakeup_fd", "siginterrupt", "pthread_sigmask",
           "pthread_kill", "setitimer", "getitimer", "ITIMER_REAL", "ITIMER_VIRTUAL",
           "ITIMER_PROF", "SIG_BLOCK", "SIG_UNBLOCK", "SIG_SETMASK"]

_numbers = {"SIGHUP": 1, "SIGINT": 2, "SIGQUIT": 3, "SIGILL": 4, "SIGTRAP": 5, "SIGABRT": 6,
            "SIGIOT": 6, "SIGBUS": 7, "SIGFPE": 8, "SIGKILL": 9, "SIGUSR1": 10, "SIGSEGV": 11,
            "SIGUSR2": 12, "SIGPIPE": 13, "SIGALRM": 14, "SIGTERM": 15, "SIGSTKFLT": 16,
            "SIGCHLD": 17, "SIGCONT": 18, "SIGSTOP": 19, "SIGTSTP": 20, "SIGTTIN": 21,
            "SIGTTOU": 22, "SIGURG": 23, "SIGXCPU": 24, "SIGXFSZ": 25, "SIGVTALRM": 26,
            "SIGPROF": 27, "SIGWINCH": 28, "SIGIO": 29, "SIGPOLL": 29, "SIGPWR": 30,
            "SIGSYS": 31, "SIGRTMIN": 34, "SIGRTMAX": 64}

Signals = _IntEnum("Signals", _numbers, module=__name__)


class Handlers(_IntEnum):
    SIG_DFL = 0
    SIG_IGN = 1


class Sigmasks(_IntEnum):
    SIG_BLOCK = 0
    SIG_UNBLOCK = 1
    SIG_SETMASK = 2


Handlers.__module__ = Sigmasks.__module__ = __name__

globals().update(Signals.__members__)
SIG_DFL = Handlers.SIG_DFL
SIG_IGN = Handlers.SIG_IGN
SIG_BLOCK = Sigmasks.SIG_BLOCK
SIG_UNBLOCK = Sigmasks.SIG_UNBLOCK
SIG_SETMASK = Sigmasks.SIG_SETMASK
NSIG = 65
ITIMER_REAL, ITIMER_VIRTUAL, ITIMER_PROF = 0, 1, 2

_descriptions = {1: "Hangup", 2: "Interrupt", 3: "Quit", 4: "Illegal instruction",
                 5: "Trace/breakpoint trap", 6: "Aborted", 7: "Bus error",
                 8: "Floating point exception", 9: "Killed", 10: "User defined signal 1",
                 11: "Segmentation fault", 12: "User defined signal 2", 13: "Broken pipe",
                 14: "Alarm clock", 15: "Terminated", 16: "Stack fault",
                 17: "Child exited", 18: "Continued", 19: "Stopped (signal)",
                 20: "Stopped", 21: "Stopped (tty input)", 22: "Stopped (tty output)",
                 23: "Urgent I/O condition", 24: "CPU time limit exceeded",
                 25: "File size limit exceeded", 26: "Virtual timer expired",
                 27: "Profiling timer expired", 28: "Window changed", 29: "I/O possible",
                 30: "Power failure", 31: "Bad system call"}


class ItimerError(OSError):
    pass


def default_int_handler(signalnum, frame, /):
    """The default handler of SIGINT: raises KeyboardInterrupt."""
    raise KeyboardInterrupt


_handlers = {}


def _check(signalnum):
    signalnum = int(signalnum)
    if not 1 <= signalnum < NSIG:
        raise ValueError("signal number out of range")
    return signalnum


def getsignal(signalnum, /):
    signalnum = _check(signalnum)
    if signalnum in _handlers:
        return _handlers[signalnum]
    if signalnum == 2:
        return default_int_handler
    return SIG_DFL


def signal(signalnum, handler, /):
    """Sets the handler of a signal and returns the previous one."""
    signalnum = _check(signalnum)
    if signalnum in (9, 19):
        raise OSError(22, "Invalid argument")
    if not callable(handler) and handler not in (SIG_DFL, SIG_IGN):
        raise TypeError("signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable "
                        "object")
    old = getsignal(signalnum)
    _handlers[signalnum] = handler
    return old


def raise_signal(signalnum, /):
    """Delivers a signal to the program itself: its handler runs now."""
    signalnum = _check(signalnum)
    handler = getsignal(signalnum)
    if handler == SIG_IGN:
        return
    if handler == SIG_DFL:
        raise SystemExit(128 + signalnum)
    import sys
    handler(signalnum, sys._getframe(1))


def strsignal(signalnum, /):
    signalnum = _check(signalnum)
    if 34 <= signalnum <= 64:
        return "Real-time signal %d" % (signalnum - 34)
    return _descriptions.get(signalnum)


def valid_signals():
    return {Signals(n) if n in Signals._value2member_map_ else n for n in range(1, NSIG)
            if n not in (32, 33)}


def alarm(seconds, /):
    return 0


def pause():
    raise NotImplementedError("signal.pause is not supported in Asobiba")


def set_wakeup_fd(fd, /, *, warn_on_full_buffer=True):
    return -1


def siginterrupt(signalnum, flag, /):
    _check(signalnum)


def pthread_sigmask(how, mask, /):
    return set()


def pthread_kill(thread_id, signalnum, /):
    raise_signal(signalnum)


def setitimer(which, seconds, interval=0.0, /):
    return (0.0, 0.0)


def getitimer(which, /):
    return (0.0, 0.0)
