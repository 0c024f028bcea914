# What fails on the simulated network, as it fails in the oracle: nothing listening, names
# that cannot be resolved, short reads, ports in use.
import asyncio
import socket


async def handler(reader, writer):
    data = await reader.read(3)
    writer.write(data * 2)
    writer.close()


async def main():
    try:
        await asyncio.open_connection('127.0.0.1', 9)
    except ConnectionRefusedError as e:
        print("ConnectionRefusedError:", e, e.errno)
    try:
        await asyncio.open_connection('localhost', 9)
    except OSError as e:
        print(type(e).__name__, e)
    try:
        await asyncio.open_connection('example.com', 80)
    except socket.gaierror as e:
        print("gaierror:", e, e.errno)
    server = await asyncio.start_server(handler, 'localhost', 7000)
    print(server.sockets[0].getsockname())
    try:
        await asyncio.start_server(handler, '127.0.0.1', 7000)
    except OSError as e:
        print("OSError:", e)
    reader, writer = await asyncio.open_connection('localhost', 7000)
    writer.write(b"abcdef")
    print(await reader.read(100))
    print(reader.at_eof(), await reader.read(), reader.at_eof())
    try:
        await reader.readexactly(4)
    except asyncio.IncompleteReadError as e:
        print("IncompleteReadError:", e, e.partial, e.expected)
    try:
        writer.write("text")
    except TypeError as e:
        print("TypeError:", e)
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()
    try:
        await asyncio.open_connection('127.0.0.1', 7000)
    except ConnectionRefusedError as e:
        print("after close:", e)
    srv = await asyncio.start_server(handler, None, 0)
    print(sorted(s.getsockname()[0] for s in srv.sockets))
    srv.close()


asyncio.run(main())
