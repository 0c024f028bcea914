# The loop and policy classes carry the names and modules CPython gives them on Unix, which
# show in reprs and in programs that subclass the policy.
import asyncio
import asyncio.events
import asyncio.unix_events

print(asyncio.DefaultEventLoopPolicy)
print(asyncio.unix_events.DefaultEventLoopPolicy is asyncio.DefaultEventLoopPolicy)
print(asyncio.unix_events.SelectorEventLoop is asyncio.SelectorEventLoop)
print(asyncio.events.BaseDefaultEventLoopPolicy.__name__,
      issubclass(asyncio.DefaultEventLoopPolicy, asyncio.events.BaseDefaultEventLoopPolicy),
      issubclass(asyncio.DefaultEventLoopPolicy, asyncio.AbstractEventLoopPolicy))
print(hasattr(asyncio, "BaseDefaultEventLoopPolicy"), "DefaultEventLoopPolicy" in asyncio.__all__)


class LoudPolicy(asyncio.DefaultEventLoopPolicy):
    def new_event_loop(self):
        print("new loop from", type(self).__name__, type(self).__mro__[1].__name__)
        return super().new_event_loop()


loop = LoudPolicy().new_event_loop()
print(type(loop).__name__, loop.is_closed())
loop.close()
print(loop.is_closed())
