"""asyncio.to_thread: run a blocking function for the loop (simulated, see run_in_executor)."""
from . import events


async def to_thread(func, /, *args, **kwargs):
    """Run func(*args, **kwargs) outside the calling task and await its result."""
    loop = events.get_running_loop()
    return await loop.run_in_executor(None, lambda: func(*args, **kwargs))
