# Streams: read(n) chunks, write_eof, get_extra_info, serve_forever cancelled.
import asyncio


async def handler(reader, writer):
    data = await reader.read()
    print("server got", len(data), "bytes, eof:", reader.at_eof())
    writer.write(b"thanks:" + str(len(data)).encode())
    await writer.drain()
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(handler, "127.0.0.1", 0)
    host, port = server.sockets[0].getsockname()[:2]
    print("listening on", host, port > 0)
    serve = asyncio.create_task(server.serve_forever())
    reader, writer = await asyncio.open_connection(host, port)
    print("can_write_eof:", writer.can_write_eof())
    for chunk in (b"abc", b"defg", b"h" * 10):
        writer.write(chunk)
    await writer.drain()
    writer.write_eof()
    print("reply:", await reader.read(100))
    print("then eof:", await reader.read(100))
    print("sockname host:", writer.get_extra_info("sockname")[0])
    writer.close()
    await writer.wait_closed()
    serve.cancel()
    try:
        await serve
    except asyncio.CancelledError:
        print("serve_forever cancelled; serving:", server.is_serving())


asyncio.run(main())
