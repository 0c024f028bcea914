# A tiny echo server and clients with asyncio streams (docs' TCP echo example style).
import asyncio


async def handle_echo(reader, writer):
    addr = writer.get_extra_info("peername")
    while True:
        data = await reader.readline()
        if not data:
            break
        message = data.decode().strip()
        print(f"server received {message!r}")
        writer.write(f"echo: {message.upper()}\n".encode())
        await writer.drain()
    print("server closing connection", type(addr).__name__)
    writer.close()
    await writer.wait_closed()


async def client(name, lines, port):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    replies = []
    for line in lines:
        writer.write(f"{name}:{line}\n".encode())
        await writer.drain()
        replies.append((await reader.readline()).decode().rstrip())
        await asyncio.sleep(0.1)
    writer.close()
    await writer.wait_closed()
    return replies


async def main():
    server = await asyncio.start_server(handle_echo, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    print("serving:", server.is_serving())
    async with server:
        results = await asyncio.gather(client("a", ["hi", "there"], port), client("b", ["yo"], port))
        for r in results:
            print(r)
    print("serving after:", server.is_serving())
    try:
        await asyncio.open_connection("127.0.0.1", port)
    except ConnectionRefusedError as e:
        print("refused:", type(e).__name__)


asyncio.run(main())
