"""The Task methods written in Python: get_stack and print_stack.

Task is implemented in Go (_asyncio.Task); its get_stack and print_stack methods call the
functions registered here with _asyncio._set_task_helper.
"""
import sys

import _asyncio


def _get_stack(task, limit=None):
    """The frames of task: its suspended coroutine frame while it runs, else the frames of
    the traceback of its exception; at most limit of them."""
    frames = []
    coro = task.get_coro()
    frame = getattr(coro, 'cr_frame', None)
    if frame is None:
        frame = getattr(coro, 'gi_frame', None)
    if frame is not None:
        while frame is not None and (limit is None or len(frames) < limit):
            frames.append(frame)
            frame = frame.f_back
        frames.reverse()
    elif task._exception is not None:
        tb = task._exception.__traceback__
        while tb is not None and (limit is None or len(frames) < limit):
            frames.append(tb.tb_frame)
            tb = tb.tb_next
    return frames


def _print_stack(task, limit=None, file=None):
    """Print the stack or traceback of task. As in CPython, the heading and the exception
    go to file or standard output, the frames to file or standard error."""
    entries = [(f.f_code.co_filename, f.f_lineno, f.f_code.co_name, None)
               for f in task.get_stack(limit=limit)]
    exc = task._exception
    if not entries:
        print(f'No stack for {task!r}', file=file)
    elif exc is not None:
        print(f'Traceback for {task!r} (most recent call last):', file=file)
    else:
        print(f'Stack for {task!r} (most recent call last):', file=file)
    out = sys.stderr if file is None else file
    import traceback  # only here: importing it costs every run that never prints a stack
    for line in traceback.format_list(entries):
        out.write(line)
    if exc is not None:
        for line in traceback.format_exception_only(exc):
            print(line, file=file, end='')


_asyncio._set_task_helper('get_stack', _get_stack)
_asyncio._set_task_helper('print_stack', _print_stack)
