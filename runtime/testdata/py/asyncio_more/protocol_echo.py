# The docs' protocol-based TCP echo server and client (loop.create_server / create_connection).
import asyncio


class EchoServerProtocol(asyncio.Protocol):
    def connection_made(self, transport):
        self.transport = transport
        print("server: connection made", type(transport.get_extra_info("peername")).__name__)

    def data_received(self, data):
        message = data.decode()
        print(f"server: data received {message!r}")
        self.transport.write(data[::-1])
        if message == "close":
            self.transport.close()

    def connection_lost(self, exc):
        print("server: connection lost", exc)


class EchoClientProtocol(asyncio.Protocol):
    def __init__(self, messages, on_con_lost):
        self.messages = messages
        self.on_con_lost = on_con_lost
        self.received = []

    def connection_made(self, transport):
        self.transport = transport
        transport.write(self.messages.pop(0).encode())

    def data_received(self, data):
        self.received.append(data.decode())
        if self.messages:
            self.transport.write(self.messages.pop(0).encode())

    def connection_lost(self, exc):
        print("client: connection lost", exc)
        self.on_con_lost.set_result(self.received)


async def main():
    loop = asyncio.get_running_loop()
    server = await loop.create_server(EchoServerProtocol, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    on_con_lost = loop.create_future()
    transport, protocol = await loop.create_connection(
        lambda: EchoClientProtocol(["hello", "world", "close"], on_con_lost), "127.0.0.1", port)
    print("client got:", await on_con_lost)
    print("transport closing:", transport.is_closing())
    server.close()
    await server.wait_closed()
    print("server closed:", not server.is_serving())


asyncio.run(main())
