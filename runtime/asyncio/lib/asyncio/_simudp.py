"""Datagram endpoints (UDP) on the simulated network: loop.create_datagram_endpoint.

Like the streams of _simnet, datagrams travel inside the program: an endpoint bound to
(address, port) receives what other endpoints of the program send there. A datagram reaches
its receiver as an I/O event at the start of the next loop iteration (loop._call_io), where
the receiving protocol's datagram_received runs, as with CPython's selector loop. A datagram
to a port where nothing is bound is lost; a connected endpoint (remote_addr) is told so with
error_received(ConnectionRefusedError), as Linux reports the ICMP "port unreachable".
"""
import _asyncio
from . import futures
from . import transports
# The socket module, imported when first used (see _simnet).
from ._simnet import _net, _resolve, TransportSocket, socket

# The bound datagram endpoints: (host, port) -> _SelectorDatagramTransport.
_bound = {}


def _local_host(host):
    return '127.0.0.1' if host in ('localhost', '0.0.0.0', '') else host


def _find(addr):
    host, port = _local_host(addr[0]), addr[1]
    return _bound.get((host, port)) or _bound.get(('0.0.0.0', port))


class _SelectorDatagramTransport(transports.DatagramTransport):
    """One bound datagram socket of the simulated network."""

    def __init__(self, loop, fd, family, sockname, protocol, address=None, waiter=None):
        super().__init__({'sockname': sockname})
        self._loop = loop
        self._fd = fd
        self._sock = TransportSocket(fd, family, sockname, address)
        self._sock.type = socket.SOCK_DGRAM
        self._sock.proto = socket.IPPROTO_UDP
        self._extra['socket'] = self._sock
        if address is not None:
            self._extra['peername'] = address
        self._sockname = sockname
        self._address = address
        self._protocol = protocol
        self._closing = False
        _bound[(sockname[0], sockname[1])] = self
        loop.call_soon(protocol.connection_made, self)
        if waiter is not None:
            loop.call_soon(futures._set_result_unless_cancelled, waiter, None)

    def __repr__(self):
        state = ' closing' if self._closing else ''
        return f'<_SelectorDatagramTransport fd={self._sock.fileno()}{state}>'

    def get_protocol(self):
        return self._protocol

    def set_protocol(self, protocol):
        self._protocol = protocol

    def is_closing(self):
        return self._closing

    def get_write_buffer_size(self):
        return 0

    def sendto(self, data, addr=None):
        if not isinstance(data, (bytes, bytearray, memoryview)):
            raise TypeError(f'data argument must be a bytes-like object, '
                            f'not {type(data).__name__!r}')
        if self._address:
            if addr not in (None, self._address):
                raise ValueError(f'Invalid address: must be None or {self._address}')
            addr = self._address
        if self._closing:
            return
        if addr is None:
            self._loop._call_io(self._error, OSError(89, 'Destination address required'))
            return
        target = _find(addr)
        if target is None or target._closing:
            if self._address is not None:
                self._loop._call_io(self._error, ConnectionRefusedError(111, 'Connection refused'))
            return
        self._loop._call_io(target._receive, bytes(data), self._sockname)

    def _receive(self, data, addr):
        if not self._closing:
            self._protocol.datagram_received(data, addr)

    def _error(self, exc):
        if not self._closing:
            self._protocol.error_received(exc)

    def close(self):
        if self._closing:
            return
        self._closing = True
        if _bound.get((self._sockname[0], self._sockname[1])) is self:
            del _bound[(self._sockname[0], self._sockname[1])]
        _net.free_fd(self._fd)
        self._sock._closed = True
        self._loop.call_soon(self._protocol.connection_lost, None)

    def abort(self):
        self.close()


async def _create_datagram_endpoint(self, protocol_factory, local_addr=None, remote_addr=None,
                                    *, family=0, proto=0, flags=0, reuse_port=None,
                                    allow_broadcast=None, sock=None):
    """Bind a datagram endpoint of the simulated network; return (transport, protocol)."""
    if sock is not None:
        raise ValueError('Asobiba cannot use a socket object: pass local_addr or remote_addr')
    remote = None
    if remote_addr is not None:
        infos = await _resolve(self, remote_addr[0], remote_addr[1], family, socket.SOCK_DGRAM)
        if not infos:
            raise OSError('getaddrinfo() returned empty list')
        family, remote = infos[0][0], infos[0][4]
    if local_addr is not None:
        infos = await _resolve(self, local_addr[0], local_addr[1], family, socket.SOCK_DGRAM)
        if not infos:
            raise OSError('getaddrinfo() returned empty list')
        family, (host, port) = infos[0][0], infos[0][4][:2]
        host = '0.0.0.0' if host == '' else host
        if not port:
            port = _net.ephemeral_port()
    else:
        family = family or socket.AF_INET
        host = '127.0.0.1' if remote is not None else '0.0.0.0'
        port = _net.ephemeral_port()
    if (host, port) in _bound:
        raise OSError(98, 'Address already in use')
    protocol = protocol_factory()
    waiter = self.create_future()
    sockname = (host, port, 0, 0) if family == socket.AF_INET6 else (host, port)
    transport = _SelectorDatagramTransport(self, _net.new_fd(), family, sockname, protocol,
                                           remote, waiter)
    try:
        await waiter
    except BaseException:
        transport.close()
        raise
    return transport, protocol


_asyncio._extend_loop('create_datagram_endpoint', _create_datagram_endpoint)
