# A line-based command server on localhost with a client, then a refused connection.
import asyncio

async def server(reader, writer):
    while line := await reader.readline():
        cmd = line.decode().strip()
        if cmd == "quit":
            writer.write(b"bye\n")
            break
        elif cmd.startswith("add "):
            a, b = map(int, cmd[4:].split())
            writer.write(f"{a + b}\n".encode())
        else:
            writer.write(f"unknown command {cmd!r}\n".encode())
        await writer.drain()
    await writer.drain()
    writer.close()

async def main():
    srv = await asyncio.start_server(server, "localhost", 8765)
    print([s.getsockname()[1] for s in srv.sockets][:1])
    reader, writer = await asyncio.open_connection("localhost", 8765)
    for cmd in ["add 2 3", "mul 2 3", "add 10 -4", "quit"]:
        writer.write((cmd + "\n").encode())
        await writer.drain()
        print(cmd, "->", (await reader.readline()).decode().strip())
    print("eof:", await reader.read())
    writer.close()
    await writer.wait_closed()
    srv.close()
    await srv.wait_closed()
    try:
        await asyncio.wait_for(asyncio.open_connection("localhost", 8765), 1)
    except OSError as e:
        print(type(e).__name__, e.errno)

asyncio.run(main())
