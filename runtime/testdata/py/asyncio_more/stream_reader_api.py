# StreamReader used directly: readline, readexactly, readuntil and their errors.
import asyncio


async def main():
    r = asyncio.StreamReader()
    r.feed_data(b"line one\nline two\nabcdefXYZ")
    print(await r.readline())
    print(await r.readuntil(b"\n"))
    print(await r.readexactly(3))
    print(await r.read(2))
    r.feed_data(b"tail")
    r.feed_eof()
    print(await r.read())
    print(await r.read(), r.at_eof())

    r = asyncio.StreamReader()
    r.feed_data(b"short")
    r.feed_eof()
    try:
        await r.readexactly(10)
    except asyncio.IncompleteReadError as e:
        print("IncompleteReadError:", e, e.partial, e.expected)

    r = asyncio.StreamReader()
    r.feed_data(b"no separator here")
    r.feed_eof()
    try:
        await r.readuntil(b"!")
    except asyncio.IncompleteReadError as e:
        print("IncompleteReadError:", e)

    r = asyncio.StreamReader(limit=8)
    r.feed_data(b"0123456789abcdef\n")
    try:
        await r.readuntil(b"\n")
    except asyncio.LimitOverrunError as e:
        print("LimitOverrunError:", e, e.consumed)
    try:
        await r.readline()
    except ValueError as e:
        print("ValueError:", e)

    r = asyncio.StreamReader()
    loop = asyncio.get_running_loop()
    loop.call_later(0.5, r.feed_data, b"late data\n")
    print(await r.readline(), round(loop.time(), 2))
    r.set_exception(ConnectionResetError("peer reset"))
    try:
        await r.read(1)
    except ConnectionResetError as e:
        print("ConnectionResetError:", e)
    try:
        await asyncio.StreamReader().readexactly(-1)
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
