# Datagram endpoints: several senders, unconnected sendto, refused and misaddressed sends.
import asyncio


class Collector(asyncio.DatagramProtocol):
    def __init__(self, name):
        self.name = name
        self.got = []
        self.errors = []
        self.lost = asyncio.get_running_loop().create_future()

    def connection_made(self, transport):
        self.transport = transport

    def datagram_received(self, data, addr):
        self.got.append(data.decode())
        if data.startswith(b"ping"):
            self.transport.sendto(b"pong " + data[5:], addr)

    def error_received(self, exc):
        self.errors.append(type(exc).__name__)

    def connection_lost(self, exc):
        self.lost.set_result(exc)


async def main():
    loop = asyncio.get_running_loop()
    srv_t, srv = await loop.create_datagram_endpoint(lambda: Collector("server"),
                                                     local_addr=("127.0.0.1", 9871))
    print("server sockname:", srv_t.get_extra_info("sockname"), srv_t.get_extra_info("peername"))
    clients = []
    for i in range(3):
        t, p = await loop.create_datagram_endpoint(lambda: Collector(f"c{i}"),
                                                   remote_addr=("127.0.0.1", 9871))
        clients.append((t, p))
        t.sendto(f"ping {i}".encode())
    await asyncio.sleep(0.1)
    print(sorted(srv.got), [p.got for _, p in clients])
    t0, p0 = clients[0]
    print("peername:", t0.get_extra_info("peername"))
    try:
        t0.sendto(b"x", ("127.0.0.1", 1))
    except ValueError as e:
        print("ValueError:", e)
    lone_t, lone = await loop.create_datagram_endpoint(lambda: Collector("lone"),
                                                       local_addr=("127.0.0.1", 9872))
    lone_t.sendto(b"hello unconnected", ("127.0.0.1", 9871))
    lone_t.sendto(b"into the void", ("127.0.0.1", 9873))
    await asyncio.sleep(0.1)
    print(srv.got[-1], lone.errors)
    dead_t, dead = await loop.create_datagram_endpoint(lambda: Collector("dead"),
                                                       remote_addr=("127.0.0.1", 9874))
    dead_t.sendto(b"anyone?")
    await asyncio.sleep(0.1)
    print("connected to nobody:", dead.errors)
    try:
        await loop.create_datagram_endpoint(lambda: Collector("dup"), local_addr=("127.0.0.1", 9871))
    except OSError as e:
        print("OSError:", e.errno)
    for t, _ in clients + [(srv_t, srv), (lone_t, lone), (dead_t, dead)]:
        t.close()
    print("closing:", srv_t.is_closing(), await srv.lost)


asyncio.run(main())
