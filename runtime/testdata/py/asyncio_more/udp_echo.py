# The docs' UDP echo example with create_datagram_endpoint.
import asyncio


class EchoServer(asyncio.DatagramProtocol):
    def connection_made(self, transport):
        self.transport = transport

    def datagram_received(self, data, addr):
        message = data.decode()
        print("server received", repr(message))
        self.transport.sendto(message.upper().encode(), addr)


class EchoClient(asyncio.DatagramProtocol):
    def __init__(self, message, on_con_lost):
        self.message = message
        self.on_con_lost = on_con_lost
        self.transport = None

    def connection_made(self, transport):
        self.transport = transport
        transport.sendto(self.message.encode())

    def datagram_received(self, data, addr):
        print("client received", repr(data.decode()))
        self.transport.close()

    def error_received(self, exc):
        print("error", exc)

    def connection_lost(self, exc):
        self.on_con_lost.set_result(True)


async def main():
    loop = asyncio.get_running_loop()
    server_transport, _ = await loop.create_datagram_endpoint(EchoServer, local_addr=("127.0.0.1", 9999))
    on_con_lost = loop.create_future()
    transport, _ = await loop.create_datagram_endpoint(
        lambda: EchoClient("ping", on_con_lost), remote_addr=("127.0.0.1", 9999))
    try:
        await on_con_lost
    finally:
        transport.close()
        server_transport.close()
    print("done")


asyncio.run(main())
