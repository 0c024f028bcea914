"""A general-purpose event scheduler (Asobiba).

scheduler(timefunc, delayfunc) keeps a queue of events ordered by time and priority and
runs them, calling delayfunc to wait; with the defaults (time.monotonic and time.sleep)
the waiting happens on Asobiba's virtual clock, so it takes no real time.
"""
import heapq
import threading
import time
from collections import namedtuple
from itertools import count

__all__ = ["scheduler"]

Event = namedtuple('Event', 'time, priority, sequence, action, argument, kwargs')
Event.time.__doc__ = 'Numeric type compatible with the return value of the timefunc function passed to the constructor.'
Event.priority.__doc__ = 'Events scheduled for the same time will be executed in the order of their priority.'
Event.sequence.__doc__ = 'A continually increasing sequence number that separates events if time and priority are equal.'
Event.action.__doc__ = 'Executing the event means executing action(*argument, **kwargs)'
Event.argument.__doc__ = 'argument is a sequence holding the positional arguments for the action.'
Event.kwargs.__doc__ = 'kwargs is a dictionary holding the keyword arguments for the action.'

_sentinel = object()


class scheduler:
    """Runs events at given times, waiting between them with delayfunc."""

    def __init__(self, timefunc=time.monotonic, delayfunc=time.sleep):
        self._queue = []
        self._lock = threading.RLock()
        self.timefunc = timefunc
        self.delayfunc = delayfunc
        self._sequence_generator = count()

    def enterabs(self, time, priority, action, argument=(), kwargs=_sentinel):
        """Schedules action(*argument, **kwargs) at the absolute time; returns the event."""
        if kwargs is _sentinel:
            kwargs = {}
        with self._lock:
            event = Event(time, priority, next(self._sequence_generator), action, argument,
                          kwargs)
            heapq.heappush(self._queue, event)
        return event

    def enter(self, delay, priority, action, argument=(), kwargs=_sentinel):
        """Schedules an event delay time units from now."""
        time = self.timefunc() + delay
        return self.enterabs(time, priority, action, argument, kwargs)

    def cancel(self, event):
        """Removes an event from the queue; ValueError if it is not there."""
        with self._lock:
            self._queue.remove(event)
            heapq.heapify(self._queue)

    def empty(self):
        with self._lock:
            return not self._queue

    def run(self, blocking=True):
        """Runs the events in order, waiting for each; with blocking false, runs only the
        events that are due and returns the delay until the next one."""
        lock = self._lock
        q = self._queue
        delayfunc = self.delayfunc
        timefunc = self.timefunc
        pop = heapq.heappop
        while True:
            with lock:
                if not q:
                    break
                (time, priority, sequence, action, argument, kwargs) = q[0]
                now = timefunc()
                if time > now:
                    delay = True
                else:
                    delay = False
                    pop(q)
            if delay:
                if not blocking:
                    return time - now
                delayfunc(time - now)
            else:
                action(*argument, **kwargs)
                delayfunc(0)

    @property
    def queue(self):
        """The pending events, in the order they will run."""
        with self._lock:
            events = self._queue[:]
        return list(map(heapq.heappop, [events] * len(events)))
