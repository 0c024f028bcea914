"""asyncio.to_thread: run a blocking function on a worker thread."""
import contextvars
from . import events


async def to_thread(func, /, *args, **kwargs):
    """Run func(*args, **kwargs) on the loop's default executor, in a copy of the current
    context, and await its result. The worker runs while the loop waits (see
    loop.run_in_executor); it takes no virtual time unless it sleeps."""
    import functools  # imported when first needed, not by every `import asyncio`
    loop = events.get_running_loop()
    ctx = contextvars.copy_context()
    func_call = functools.partial(ctx.run, func, *args, **kwargs)
    return await loop.run_in_executor(None, func_call)
