# Every name of the asyncio package is there after `import asyncio`, whichever module defines
# it: as an attribute, through `from asyncio import`, in dir() and in `import *`, and the
# loop's network methods work at once. (Asobiba imports some of these modules on first use.)
import asyncio
import sys

NAMES = [
    'Lock', 'Event', 'Condition', 'Semaphore', 'BoundedSemaphore', 'Barrier',
    'Queue', 'PriorityQueue', 'LifoQueue', 'QueueEmpty', 'QueueFull',
    'TaskGroup', 'Timeout', 'timeout', 'timeout_at', 'to_thread',
    'BaseProtocol', 'Protocol', 'DatagramProtocol', 'SubprocessProtocol', 'BufferedProtocol',
    'BaseTransport', 'ReadTransport', 'WriteTransport', 'Transport', 'DatagramTransport',
    'SubprocessTransport', 'AbstractServer', 'Server',
    'StreamReader', 'StreamWriter', 'StreamReaderProtocol', 'open_connection', 'start_server',
    'create_subprocess_exec', 'create_subprocess_shell',
]

for name in NAMES:
    value = getattr(asyncio, name)
    print(name, value.__name__, name in dir(asyncio), name in asyncio.__all__)

for module in ['locks', 'queues', 'taskgroups', 'timeouts', 'threads', 'protocols',
               'transports', 'streams', 'subprocess']:
    print(module, getattr(asyncio, module).__name__)
print(asyncio.Queue is asyncio.queues.Queue, asyncio.StreamReader is asyncio.streams.StreamReader)
print(asyncio.subprocess.PIPE, asyncio.subprocess.STDOUT, asyncio.subprocess.DEVNULL)

from asyncio import Semaphore, LifoQueue, timeout_at
print(Semaphore, LifoQueue.__name__, timeout_at.__name__)

namespace = {}
exec('from asyncio import *', namespace)
print(sorted(name for name in NAMES if name in namespace))

try:
    asyncio.no_such_name
except AttributeError as e:
    print('AttributeError:', e)
print(hasattr(asyncio, 'no_such_name'), 'asyncio' in sys.modules)


async def echo(reader, writer):
    writer.write((await reader.readline()).upper())
    await writer.drain()
    writer.close()


async def main():
    loop = asyncio.get_running_loop()
    for method in ['create_server', 'create_connection', 'getaddrinfo', 'getnameinfo',
                   'create_datagram_endpoint']:
        print(method, callable(getattr(loop, method)))
    server = await asyncio.start_server(echo, '127.0.0.1', 8765)
    reader, writer = await asyncio.open_connection('127.0.0.1', 8765)
    writer.write(b'hello\n')
    print(await reader.readline())
    writer.close()
    server.close()
    await server.wait_closed()
    try:
        await loop.create_connection(asyncio.Protocol, '127.0.0.1', 8766)
    except ConnectionRefusedError as e:
        print('ConnectionRefusedError:', e)
    queue = asyncio.Queue()
    async with asyncio.TaskGroup() as group:
        group.create_task(queue.put(1))
        async with asyncio.timeout(1):
            print('got', await queue.get())


asyncio.run(main())
