"""Simulated processes: Process, current_process and the process identities (Asobiba).

A "process" here is a thread of Asobiba's scheduler that carries a process identity (name,
pid, exit code). Process.start() runs the child at once, until it blocks, like a thread;
because a forked child's output is flushed when it exits, the order in which the CPython
oracle shows the lines of several processes may differ.
"""
import itertools
import os
import sys
import threading
import _thread

__all__ = ['BaseProcess', 'Process', 'current_process', 'parent_process', 'active_children']

# Numbers every process created (Process-1, ForkPoolWorker-2, ForkProcess-3, ...).
_process_counter = itertools.count(1)
# The simulated process each thread runs in, by thread ident; absent means the main one.
_by_ident = {}
_children = []
_next_pid = [os.getpid() + 1]


def _new_pid():
    pid = _next_pid[0]
    _next_pid[0] += 1
    return pid


class BaseProcess:
    """A process: runs target(*args, **kwargs), or a subclass's run(), in a simulated
    child process."""

    def __init__(self, group=None, target=None, name=None, args=(), kwargs={}, *,
                 daemon=None):
        assert group is None, 'group argument must be None for now'
        count = next(_process_counter)
        self._identity = (count,)
        self._parent_pid = current_process().pid
        self._parent_name = current_process().name
        self._popen = None
        self._closed = False
        self._target = target
        self._args = tuple(args)
        self._kwargs = dict(kwargs)
        self._name = name or type(self).__name__ + '-' + ':'.join(
            str(i) for i in self._identity)
        self._daemonic = daemon if daemon is not None else current_process().daemon
        self._pid = None
        self._exitcode = None
        self._thread = None

    def run(self):
        """The process's activity: call the target. Subclasses may override it."""
        if self._target:
            self._target(*self._args, **self._kwargs)

    def start(self):
        """Start the process; the child runs at once, until it blocks."""
        assert self._popen is None, 'cannot start a process twice'
        assert self._parent_pid == current_process().pid, \
            'can only start a process object created by current process'
        assert not _current_is_daemon(), 'daemonic processes are not allowed to have children'
        self._pid = _new_pid()
        self._popen = True
        _children.append(self)
        self._thread = threading.Thread(target=self._bootstrap, name='MainThread',
                                        daemon=self._daemonic)
        self._thread.start()

    def _bootstrap(self):
        _by_ident[_thread.get_ident()] = self
        _thread._timeline_name(self._name)  # a timeline names the thread's lane after us
        try:
            try:
                self.run()
                exitcode = 0
            except SystemExit as e:
                if e.code is None:
                    exitcode = 0
                elif isinstance(e.code, int):
                    exitcode = e.code
                else:
                    sys.stderr.write(str(e.code) + '\n')
                    exitcode = 1
            except BaseException:
                exitcode = 1
                import traceback
                sys.stderr.write('Process %s:\n' % self.name)
                traceback.print_exc()
            self._exitcode = exitcode
        finally:
            del _by_ident[_thread.get_ident()]

    def terminate(self):
        """Not possible in the simulation: a running child cannot be stopped from outside."""
        if self._exitcode is None and self._popen is not None and not self.is_alive():
            self._exitcode = 0

    kill = terminate

    def join(self, timeout=None):
        """Wait until the process ends, or until timeout seconds have passed."""
        assert self._parent_pid == current_process().pid, 'can only join a child process'
        assert self._popen is not None, 'can only join a started process'
        self._thread.join(timeout)
        if not self._thread.is_alive() and self in _children:
            _children.remove(self)

    def is_alive(self):
        """Return True while the process runs."""
        if self is current_process():
            return True
        if self._popen is None:
            return False
        return self._thread.is_alive()

    def close(self):
        """Release the process object (ValueError if it still runs)."""
        if self._popen is not None and self.is_alive():
            raise ValueError("Cannot close a process while it is still running. "
                             "You should first call join() or terminate().")
        self._closed = True

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        assert isinstance(name, str), 'name must be a string'
        self._name = name

    @property
    def daemon(self):
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        assert self._popen is None, 'process has already started'
        self._daemonic = daemonic

    @property
    def exitcode(self):
        """The exit code (None while running); 1 after an uncaught exception."""
        return self._exitcode

    @property
    def ident(self):
        """The process id (None before it starts)."""
        return self._pid

    pid = ident

    @property
    def sentinel(self):
        """A number identifying the process (a file descriptor in CPython)."""
        if self._popen is None:
            raise ValueError("process not started")
        return self._pid

    @property
    def authkey(self):
        return b'asobiba'

    def __repr__(self):
        exitcode = None
        if self is _main_process:
            status = 'started'
        elif self._closed:
            status = 'closed'
        elif self._popen is None:
            status = 'initial'
        else:
            exitcode = self._exitcode
            status = 'started' if exitcode is None else 'stopped'
        info = [type(self).__name__, 'name=%r' % self._name]
        if self._pid is not None:
            info.append('pid=%s' % self._pid)
        info.append('parent=%s' % self._parent_pid)
        info.append(status)
        if exitcode is not None:
            info.append('exitcode=%s' % exitcode)
        if self.daemon:
            info.append('daemon')
        return '<%s>' % ' '.join(info)


class Process(BaseProcess):
    """multiprocessing.Process."""


class _MainProcess(BaseProcess):

    def __init__(self):
        self._identity = ()
        self._name = 'MainProcess'
        self._parent_pid = None
        self._popen = None
        self._closed = False
        self._daemonic = False
        self._pid = os.getpid()
        self._exitcode = None
        self._target = None
        self._args = ()
        self._kwargs = {}


class _WorkerProcess(BaseProcess):
    """The identity of a pool's worker (ForkPoolWorker-1, ForkProcess-2, ...)."""

    def __init__(self, prefix):
        count = next(_process_counter)
        self._identity = (count,)
        self._name = '%s-%d' % (prefix, count)
        self._parent_pid = os.getpid()
        self._popen = True
        self._closed = False
        self._daemonic = True
        self._pid = _new_pid()
        self._exitcode = None
        self._target = None
        self._args = ()
        self._kwargs = {}


_main_process = _MainProcess()


def _enter_process(prefix):
    """Give the calling thread the identity of a new pool worker process."""
    process = _WorkerProcess(prefix)
    _by_ident[_thread.get_ident()] = process
    _thread._timeline_name(process.name)
    return process


def _leave_process(process):
    _by_ident.pop(_thread.get_ident(), None)
    process._exitcode = 0


def _current_is_daemon():
    return current_process().daemon and current_process() is not _main_process


def current_process():
    """Return the process object of the caller."""
    return _by_ident.get(_thread.get_ident(), _main_process)


def parent_process():
    """Return the parent's process object (None in the main process)."""
    p = current_process()
    if p is _main_process:
        return None
    return _main_process


def active_children():
    """Return the children of the current process that are still alive."""
    alive = [p for p in _children if p.is_alive()]
    _children[:] = alive
    return list(alive)
