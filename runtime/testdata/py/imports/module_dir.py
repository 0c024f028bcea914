# dir(module) calls the module's own __dir__ (PEP 562); module.__dir__ lists the dict
# unsorted, and dir() sorts. asyncio's lazily imported names are listed before first use.
import asyncio
import sys, types
m = types.ModuleType("lazy")
exec("x = 1\ndef __dir__():\n    return ['x', 'y']\n", m.__dict__)
print(dir(m))
m2 = types.ModuleType("plain")
m2.b = 2
print(dir(m2))
print(type(m2).__dir__(m2))
print([n for n in dir(asyncio) if n.startswith(("Queue", "Barrier", "TaskGroup"))])
print(asyncio.log.logger.name, asyncio.log.logger.getEffectiveLevel())
