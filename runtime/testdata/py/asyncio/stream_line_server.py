import asyncio

async def handle(reader, writer):
    while True:
        line = await reader.readline()
        if not line:
            break
        cmd = line.decode().strip()
        if cmd == "quit":
            writer.write(b"bye\n")
            await writer.drain()
            break
        writer.write(cmd.upper().encode() + b"\n")
        await writer.drain()
    writer.close()
    await writer.wait_closed()
    print("handler closed")

async def main():
    server = await asyncio.start_server(handle, "localhost", 9000)
    addr = server.sockets[0].getsockname()
    print("serving on", addr[1])
    r, w = await asyncio.open_connection("localhost", 9000)
    for cmd in ("hello", "asyncio", "quit"):
        w.write(f"{cmd}\n".encode())
        await w.drain()
        print("reply:", (await r.readline()).decode().strip())
    print("at eof:", await r.read(100), r.at_eof())
    w.close()
    await w.wait_closed()
    server.close()
    await server.wait_closed()
    print("done")

asyncio.run(main())
