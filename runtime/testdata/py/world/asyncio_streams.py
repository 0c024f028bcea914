# asyncio streams on the simulated network: an echo server and clients in the same program,
# interleaved with a ticker that counts loop iterations.
import asyncio


async def handle_echo(reader, writer):
    addr = writer.get_extra_info('peername')
    print("server: connection from", addr[0])
    while True:
        line = await reader.readline()
        if not line:
            break
        print("server: got", line)
        writer.write(line.upper())
        await writer.drain()
    print("server: client closed")
    writer.close()
    await writer.wait_closed()


async def ticker(n):
    for i in range(n):
        print("tick", i)
        await asyncio.sleep(0)


async def client(name, port, lines):
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    print(name, "connected")
    for line in lines:
        writer.write(line.encode() + b"\n")
        await writer.drain()
        reply = await reader.readline()
        print(name, "reply", reply.decode().strip())
    writer.write_eof()
    print(name, "eof", await reader.read())
    writer.close()
    await writer.wait_closed()
    print(name, "closed", writer.is_closing())


async def main():
    server = await asyncio.start_server(handle_echo, '127.0.0.1', 8888)
    print("serving on", server.sockets[0].getsockname(), server.is_serving())
    async with server:
        t = asyncio.create_task(ticker(30))
        await client("c1", 8888, ["hello", "world"])
        await t
        await asyncio.gather(client("a", 8888, ["x"]), client("b", 8888, ["y", "z"]))
    print("server closed", server.is_serving(), server.sockets)

    srv = await asyncio.start_server(handle_echo, '127.0.0.1', 8889)
    forever = asyncio.create_task(srv.serve_forever())
    await asyncio.sleep(1)
    r, w = await asyncio.open_connection('127.0.0.1', 8889)
    w.write(b"ping\n")
    print("reply", await r.readexactly(5))
    w.close()
    await w.wait_closed()
    forever.cancel()
    try:
        await forever
    except asyncio.CancelledError:
        print("serve_forever cancelled", srv.is_serving())
    print("time", asyncio.get_running_loop().time())


asyncio.run(main())
