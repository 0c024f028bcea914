"""The simulated network behind asyncio's servers, connections and streams.

Asobiba runs without sockets. loop.create_server listens on an in-process table of
(address, port) endpoints and loop.create_connection connects to them, so a program can
serve and be its own client ("localhost" and 127.0.0.1 reach servers started by the
program). Anything else fails as the CPython oracle fails: a name that is not local raises
socket.gaierror (resolved, as in CPython, by getaddrinfo on the default executor), and a
local port where nothing listens raises ConnectionRefusedError: [Errno 111] Connect call
failed ('127.0.0.1', 8888).

Timing follows CPython's selector event loop, counted in loop iterations: connecting, an
accept, data written and an end of stream reach the other side as I/O events delivered at
the start of the next iteration (loop._call_io, see runtime/asyncio/io.go), and transports
call protocol.connection_made, like _SelectorSocketTransport, with call_soon. No virtual
time passes on the wire. File descriptors (fd=6 for the first listening socket) and ephemeral
ports (from 50000) are handed out deterministically.
"""
import _asyncio
from . import events
from . import exceptions
from . import futures
from . import tasks
from . import transports

__all__ = ('AbstractServer', 'Server')

_MAX_READ = 256 * 1024


class _LazySocket:
    """The socket module, imported when first used: its enums would otherwise cost every
    `import asyncio` a good part of its time (in the browser above all), and most programs
    never open a connection."""

    def __getattr__(self, name):
        import socket as module
        return getattr(module, name)


socket = _LazySocket()


class _Network:
    """The endpoints of one program: listening sockets and free fds and ports."""

    def __init__(self):
        self.listeners = {}  # (host, port) -> _Listener
        self.used_fds = set()
        self.next_port = 50000

    def new_fd(self):
        fd = 6
        while fd in self.used_fds:
            fd += 1
        self.used_fds.add(fd)
        return fd

    def free_fd(self, fd):
        self.used_fds.discard(fd)

    def ephemeral_port(self):
        while True:
            port = self.next_port
            self.next_port += 1
            if not any(p == port for (_, p) in self.listeners):
                return port

    def find(self, addr):
        host, port = addr[0], addr[1]
        wildcard = '::' if ':' in host else '0.0.0.0'
        return self.listeners.get((host, port)) or self.listeners.get((wildcard, port))


_net = _Network()


def _is_numeric(host):
    if host is None:
        return True
    if ':' in host:
        return True
    parts = host.split('.')
    return len(parts) == 4 and all(p.isdigit() for p in parts)


async def _resolve(loop, host, port, family, type, proto=0, flags=0):
    """getaddrinfo for loop: numeric addresses at once, names on the default executor."""
    if _is_numeric(host):
        if host is None:
            infos = [(socket.AF_INET, type, socket.IPPROTO_TCP, '', ('0.0.0.0', port)),
                     (socket.AF_INET6, type, socket.IPPROTO_TCP, '', ('::', port, 0, 0))]
        elif ':' in host:
            infos = [(socket.AF_INET6, type, socket.IPPROTO_TCP, '', (host, port, 0, 0))]
        else:
            infos = [(socket.AF_INET, type, socket.IPPROTO_TCP, '', (host, port))]
        return [i for i in infos if family in (0, i[0])]
    return await loop.run_in_executor(None, socket.getaddrinfo, host, port, family, type,
                                      proto, flags)


class TransportSocket:
    """What server.sockets and get_extra_info('socket') return: a socket that can only
    be inspected."""

    def __init__(self, fd, family, laddr, raddr=None):
        self._fd = fd
        self.family = family
        self.type = socket.SOCK_STREAM
        self.proto = socket.IPPROTO_TCP
        self._laddr = laddr
        self._raddr = raddr
        self._closed = False

    def fileno(self):
        return -1 if self._closed else self._fd

    def getsockname(self):
        return self._laddr

    def getpeername(self):
        if self._raddr is None:
            raise OSError(107, 'Transport endpoint is not connected')
        return self._raddr

    def __repr__(self):
        s = (f"<asyncio.TransportSocket fd={self.fileno()}, family={self.family!s}, "
             f"type={self.type!s}, proto={self.proto}")
        if self.fileno() != -1:
            s = f"{s}, laddr={self._laddr}"
            if self._raddr is not None:
                s = f"{s}, raddr={self._raddr}"
        return f"{s}>"


class _Endpoint:
    """One side of a connection: what it has received and where its data goes."""

    def __init__(self, fd, family, sockname, peername):
        self.fd = fd
        self.family = family
        self.sockname = sockname
        self.peername = peername
        self.peer = None
        self.transport = None
        self.rbuf = bytearray()
        self.eof = False
        self.closed = False

    def receive(self, data):
        if self.closed:
            return
        self.rbuf.extend(data)
        if self.transport is not None:
            self.transport._maybe_readable()

    def receive_eof(self):
        if self.closed or self.eof:
            return
        self.eof = True
        if self.transport is not None:
            self.transport._maybe_readable()

    def close(self):
        if self.closed:
            return
        self.closed = True
        _net.free_fd(self.fd)
        if self.peer is not None:
            self.peer.receive_eof()


class _SelectorSocketTransport(transports.Transport):
    """A connection's transport, named and shown as CPython's selector transport."""

    def __init__(self, loop, conn, protocol, waiter=None, server=None):
        sock = TransportSocket(conn.fd, conn.family, conn.sockname, conn.peername)
        super().__init__({'socket': sock, 'sockname': conn.sockname,
                          'peername': conn.peername})
        self._loop = loop
        self._conn = conn
        self._sock_fd = conn.fd
        self._protocol = protocol
        self._protocol_connected = False
        self._server = server
        self._closing = False
        self._conn_lost = 0
        self._eof = False
        self._reading = False
        self._paused = False
        self._read_scheduled = False
        self._high_water = 64 * 1024
        self._low_water = 16 * 1024
        conn.transport = self
        if server is not None:
            server._attach()
        loop.call_soon(self._connection_made)
        loop.call_soon(self._add_reader)
        if waiter is not None:
            loop.call_soon(futures._set_result_unless_cancelled, waiter, None)

    def __repr__(self):
        info = [self.__class__.__name__]
        if self._conn is None:
            info.append('closed')
        elif self._closing:
            info.append('closing')
        info.append(f'fd={self._sock_fd}')
        if self._loop is not None and not self._loop.is_closed():
            info.append('read=polling' if self._reading and not self._paused else 'read=idle')
            info.append('write=<idle, bufsize=0>')
        return '<{}>'.format(' '.join(info))

    def _connection_made(self):
        self._protocol_connected = True
        self._protocol.connection_made(self)

    def _add_reader(self):
        if self._closing or self._conn is None:
            return
        self._reading = True
        self._maybe_readable()

    def _maybe_readable(self):
        conn = self._conn
        if (conn is None or not self._reading or self._paused or self._read_scheduled
                or not (conn.rbuf or conn.eof)):
            return
        self._read_scheduled = True
        self._loop._call_io(self._read_ready)

    def _read_ready(self):
        self._read_scheduled = False
        conn = self._conn
        if conn is None or self._conn_lost or not self._reading or self._paused:
            return
        if conn.rbuf:
            data = bytes(conn.rbuf[:_MAX_READ])
            del conn.rbuf[:_MAX_READ]
            self._protocol.data_received(data)
            self._maybe_readable()
            return
        if conn.eof:
            self._reading = False
            keep_open = self._protocol.eof_received()
            if not keep_open:
                self.close()

    def get_protocol(self):
        return self._protocol

    def set_protocol(self, protocol):
        self._protocol = protocol
        self._protocol_connected = True

    def is_closing(self):
        return self._closing

    def is_reading(self):
        return not self._paused and not self._closing

    def pause_reading(self):
        if not self._closing and not self._paused:
            self._paused = True

    def resume_reading(self):
        if not self._closing and self._paused:
            self._paused = False
            self._maybe_readable()

    def set_write_buffer_limits(self, high=None, low=None):
        if high is None:
            high = 64 * 1024 if low is None else 4 * low
        if low is None:
            low = high // 4
        if not high >= low >= 0:
            raise ValueError(f'high ({high!r}) must be >= low ({low!r}) must be >= 0')
        self._high_water, self._low_water = high, low

    def get_write_buffer_limits(self):
        return (self._low_water, self._high_water)

    def get_write_buffer_size(self):
        return 0

    def write(self, data):
        if not isinstance(data, (bytes, bytearray, memoryview)):
            raise TypeError(f'data argument must be a bytes-like object, '
                            f'not {type(data).__name__!r}')
        if self._eof:
            raise RuntimeError('Cannot call write() after write_eof()')
        if not data:
            return
        if self._conn_lost:
            self._conn_lost += 1
            return
        peer = self._conn.peer
        if peer is not None:
            peer.receive(bytes(data))

    def write_eof(self):
        if self._closing or self._eof:
            return
        self._eof = True
        if self._conn.peer is not None:
            self._conn.peer.receive_eof()

    def can_write_eof(self):
        return True

    def close(self):
        if self._closing:
            return
        self._closing = True
        self._reading = False
        self._conn_lost += 1
        self._loop.call_soon(self._call_connection_lost, None)

    def abort(self):
        self._force_close(None)

    def _force_close(self, exc):
        if self._conn_lost:
            return
        self._closing = True
        self._reading = False
        self._conn_lost += 1
        self._loop.call_soon(self._call_connection_lost, exc)

    def _call_connection_lost(self, exc):
        try:
            if self._protocol_connected:
                self._protocol.connection_lost(exc)
        finally:
            self._conn.close()
            self._conn = None
            self._protocol = None
            self._loop = None
            server = self._server
            if server is not None:
                server._detach()
                self._server = None


class _Listener:
    """A listening socket: connections wait in its backlog until the server serves them.
    Like a selector's single readable event for a listening socket, one I/O event accepts
    every connection that arrived during the previous iteration."""

    def __init__(self, server, fd, family, addr):
        self.server = server
        self.fd = fd
        self.family = family
        self.addr = addr
        self.sock = TransportSocket(fd, family, addr)
        self.backlog = []
        self.scheduled = False

    def connect(self, loop, conn):
        """A client connects: queue it, and the accept event if not queued yet."""
        self.backlog.append(conn)
        if self.server._serving:
            self.schedule(loop)

    def schedule(self, loop):
        if not self.scheduled and self.backlog:
            self.scheduled = True
            loop._call_io(self.accept_ready)

    def accept_ready(self):
        """The I/O event: accept what waits."""
        self.scheduled = False
        if not self.server._serving:
            return
        backlog, self.backlog = self.backlog, []
        for conn in backlog:
            self.server._accept(conn)


class AbstractServer:
    """Abstract server returned by create_server()."""

    def close(self):
        raise NotImplementedError

    def get_loop(self):
        raise NotImplementedError

    def is_serving(self):
        raise NotImplementedError

    async def start_serving(self):
        raise NotImplementedError

    async def serve_forever(self):
        raise NotImplementedError

    async def wait_closed(self):
        raise NotImplementedError

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        self.close()
        await self.wait_closed()


class Server(AbstractServer):
    """A server listening on the simulated network (CPython 3.11's Server)."""

    def __init__(self, loop, listeners, protocol_factory):
        self._loop = loop
        self._listeners = listeners
        self._sockets = [l.sock for l in listeners]
        self._active_count = 0
        self._waiters = []
        self._protocol_factory = protocol_factory
        self._serving = False
        self._serving_forever_fut = None

    def __repr__(self):
        return f'<{self.__class__.__name__} sockets={self.sockets!r}>'

    def _attach(self):
        assert self._sockets is not None
        self._active_count += 1

    def _detach(self):
        assert self._active_count > 0
        self._active_count -= 1
        if self._active_count == 0 and self._sockets is None:
            self._wakeup()

    def _wakeup(self):
        waiters = self._waiters
        self._waiters = None
        for waiter in waiters:
            if not waiter.done():
                waiter.set_result(waiter)

    def _start_serving(self):
        if self._serving:
            return
        self._serving = True
        for listener in self._listeners:
            listener.schedule(self._loop)

    def _accept(self, conn):
        conn.fd = _net.new_fd()
        self._loop.create_task(self._accept_connection2(conn))

    async def _accept_connection2(self, conn):
        protocol = None
        transport = None
        try:
            protocol = self._protocol_factory()
            waiter = self._loop.create_future()
            transport = _SelectorSocketTransport(self._loop, conn, protocol, waiter, self)
            try:
                await waiter
            except BaseException:
                transport.close()
                raise
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            if self._loop.is_closed():
                return
            self._loop.call_exception_handler({
                'message': 'Error on transport creation for incoming connection',
                'exception': exc,
                'protocol': protocol,
                'transport': transport,
            })

    def get_loop(self):
        return self._loop

    def is_serving(self):
        return self._serving

    @property
    def sockets(self):
        if self._sockets is None:
            return ()
        return tuple(self._sockets)

    def close(self):
        """Stop listening; connections already accepted stay open."""
        sockets = self._sockets
        if sockets is None:
            return
        self._sockets = None
        for listener in self._listeners:
            _net.listeners.pop(listener.addr[:2], None)
            _net.free_fd(listener.fd)
            listener.sock._closed = True
            for conn in listener.backlog:
                conn.peer.receive_eof()
            listener.backlog = []
        self._serving = False
        if (self._serving_forever_fut is not None and
                not self._serving_forever_fut.done()):
            self._serving_forever_fut.cancel()
            self._serving_forever_fut = None
        if self._active_count == 0:
            self._wakeup()

    async def start_serving(self):
        self._start_serving()
        await tasks.sleep(0)

    async def serve_forever(self):
        """Accept connections until the server is closed or the task cancelled."""
        if self._serving_forever_fut is not None:
            raise RuntimeError(
                f'server {self!r} is already being awaited on serve_forever()')
        if self._sockets is None:
            raise RuntimeError(f'server {self!r} is closed')
        self._start_serving()
        self._serving_forever_fut = self._loop.create_future()
        try:
            await self._serving_forever_fut
        except exceptions.CancelledError:
            try:
                self.close()
                await self.wait_closed()
            finally:
                raise
        finally:
            self._serving_forever_fut = None

    async def wait_closed(self):
        if self._sockets is None or self._waiters is None:
            return
        waiter = self._loop.create_future()
        self._waiters.append(waiter)
        await waiter


async def _create_server(self, protocol_factory, host=None, port=None, *,
                         family=0, flags=1, sock=None,
                         backlog=100, ssl=None, reuse_address=None, reuse_port=None,
                         ssl_handshake_timeout=None, ssl_shutdown_timeout=None,
                         start_serving=True):
    """Listen on (host, port) of the simulated network and return a Server. (The defaults
    of family and flags are the values of socket.AF_UNSPEC and socket.AI_PASSIVE.)"""
    if isinstance(ssl, bool):
        raise TypeError('ssl argument must be an SSLContext or None')
    if sock is not None:
        raise ValueError('Asobiba cannot serve on a socket object: pass host and port')
    if host is None and port is None:
        raise ValueError('Neither host/port nor sock were specified')
    if host == '':
        hosts = [None]
    elif isinstance(host, str) or host is None:
        hosts = [host]
    else:
        hosts = list(host)
    infos = []
    for h in hosts:
        infos.extend(await _resolve(self, h, port, family, socket.SOCK_STREAM, 0, flags))
    listeners = []
    try:
        chosen_port = port or 0
        for fam, _, _, _, sa in infos:
            host_addr = sa[0]
            p = sa[1] or chosen_port
            if not p:
                p = chosen_port = _net.ephemeral_port()
            key = (host_addr, p)
            if key in _net.listeners:
                shown = (host_addr, p, 0, 0) if fam == socket.AF_INET6 else key
                raise OSError(98, f'error while attempting to bind on address {shown!r}: '
                                  f'address already in use')
            laddr = (host_addr, p, 0, 0) if fam == socket.AF_INET6 else (host_addr, p)
            listener = _Listener(None, _net.new_fd(), fam, laddr)
            _net.listeners[key] = listener
            listeners.append(listener)
    except BaseException:
        for listener in listeners:
            _net.listeners.pop(listener.addr[:2], None)
            _net.free_fd(listener.fd)
        raise
    server = Server(self, listeners, protocol_factory)
    for listener in listeners:
        listener.server = server
    if start_serving:
        server._start_serving()
        await tasks.sleep(0)
    return server


async def _create_connection(self, protocol_factory, host=None, port=None, *, ssl=None,
                             family=0, proto=0, flags=0, sock=None, local_addr=None,
                             server_hostname=None, ssl_handshake_timeout=None,
                             ssl_shutdown_timeout=None, happy_eyeballs_delay=None,
                             interleave=None):
    """Connect to (host, port) on the simulated network; return (transport, protocol)."""
    if sock is not None:
        raise ValueError('Asobiba cannot connect a socket object: pass host and port')
    if host is None and port is None:
        raise ValueError('host and port was not specified and no sock specified')
    infos = await _resolve(self, host, port, family, socket.SOCK_STREAM, proto, flags)
    if not infos:
        raise OSError('getaddrinfo() returned empty list')
    errors = []
    conn = None
    for fam, _, _, _, address in infos:
        try:
            conn = await _connect(self, fam, address)
            break
        except OSError as exc:
            errors.append(exc)
    if conn is None:
        if len(errors) == 1:
            raise errors[0]
        model = str(errors[0])
        if all(str(exc) == model for exc in errors):
            raise errors[0]
        raise OSError('Multiple exceptions: {}'.format(', '.join(str(e) for e in errors)))
    protocol = protocol_factory()
    waiter = self.create_future()
    transport = _SelectorSocketTransport(self, conn, protocol, waiter)
    try:
        await waiter
    except BaseException:
        transport.close()
        raise
    return transport, protocol


async def _connect(loop, family, address):
    """Connect a new endpoint to address: the accept and the connect complete as I/O
    events of the next iteration."""
    fd = _net.new_fd()
    fut = loop.create_future()
    listener = _net.find(address)
    if listener is None or listener.server is None or listener.server._sockets is None:
        _net.free_fd(fd)
        loop._call_io(_fail, fut, ConnectionRefusedError(
            111, f'Connect call failed {address}'))
        await fut
    local_host = '::1' if family == socket.AF_INET6 else '127.0.0.1'
    port = _net.ephemeral_port()
    local = (local_host, port, 0, 0) if family == socket.AF_INET6 else (local_host, port)
    client = _Endpoint(fd, family, local, address)
    served = _Endpoint(None, family, listener.addr, local)
    client.peer, served.peer = served, client
    listener.connect(loop, served)
    loop._call_io(futures._set_result_unless_cancelled, fut, None)
    await fut
    return client


def _fail(fut, exc):
    if not fut.done():
        fut.set_exception(exc)


async def _getaddrinfo(self, host, port, *, family=0, type=0, proto=0, flags=0):
    """loop.getaddrinfo: socket.getaddrinfo on the default executor."""
    return await self.run_in_executor(None, socket.getaddrinfo, host, port, family, type,
                                      proto, flags)


async def _getnameinfo(self, sockaddr, flags=0):
    """loop.getnameinfo: the local host name for local addresses."""
    return ('localhost', str(sockaddr[1]))


_asyncio._extend_loop('create_server', _create_server)
_asyncio._extend_loop('create_connection', _create_connection)
_asyncio._extend_loop('getaddrinfo', _getaddrinfo)
_asyncio._extend_loop('getnameinfo', _getnameinfo)
