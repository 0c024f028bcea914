"""socket, without a network (Asobiba).

A browser tab has no sockets. This module keeps the constants, exceptions and name
functions of CPython's socket module, and refuses every real connection exactly as the
CPython oracle that produces Asobiba's expected outputs does:

* resolving a name that is not local (localhost, 127.x, ...) raises
  socket.gaierror: [Errno -2] Name or service not known (oracle: no real network);
* connecting a socket to a non-local address raises
  ConnectionRefusedError: [Errno 111] Connection refused (oracle: no real network);
* connecting to a local address raises ConnectionRefusedError: [Errno 111] Connection
  refused: nothing listens there (servers exist only for asyncio's streams, see
  asyncio.start_server).
"""
import os as _os
from enum import IntEnum as _IntEnum

__all__ = ['AF_INET', 'AF_INET6', 'AF_UNIX', 'AF_UNSPEC', 'SOCK_STREAM', 'SOCK_DGRAM',
           'SOCK_RAW', 'error', 'herror', 'gaierror', 'timeout', 'socket', 'getaddrinfo',
           'gethostname', 'gethostbyname', 'create_connection', 'getfqdn']

# The message suffix the oracle's network guard adds: Asobiba prints what it printed.
_NO_NETWORK = ' (oracle: no real network)'


class AddressFamily(_IntEnum):
    AF_UNSPEC = 0
    AF_UNIX = 1
    AF_INET = 2
    AF_INET6 = 10


class SocketKind(_IntEnum):
    SOCK_STREAM = 1
    SOCK_DGRAM = 2
    SOCK_RAW = 3
    SOCK_RDM = 4
    SOCK_SEQPACKET = 5


AddressFamily.__module__ = SocketKind.__module__ = 'socket'

AF_UNSPEC = AddressFamily.AF_UNSPEC
AF_UNIX = AddressFamily.AF_UNIX
AF_INET = AddressFamily.AF_INET
AF_INET6 = AddressFamily.AF_INET6
SOCK_STREAM = SocketKind.SOCK_STREAM
SOCK_DGRAM = SocketKind.SOCK_DGRAM
SOCK_RAW = SocketKind.SOCK_RAW
SOCK_RDM = SocketKind.SOCK_RDM
SOCK_SEQPACKET = SocketKind.SOCK_SEQPACKET
SOCK_NONBLOCK = 2048
SOCK_CLOEXEC = 524288

IPPROTO_IP = 0
IPPROTO_TCP = 6
IPPROTO_UDP = 17
IPPROTO_IPV6 = 41
SOL_SOCKET = 1
SOL_TCP = 6
SO_REUSEADDR = 2
SO_KEEPALIVE = 9
SO_BROADCAST = 6
SO_REUSEPORT = 15
SO_SNDBUF = 7
SO_RCVBUF = 8
SO_ERROR = 4
TCP_NODELAY = 1
SHUT_RD, SHUT_WR, SHUT_RDWR = 0, 1, 2
SOMAXCONN = 4096
AI_PASSIVE, AI_CANONNAME, AI_NUMERICHOST, AI_NUMERICSERV = 1, 2, 4, 1024
NI_NUMERICHOST, NI_NUMERICSERV = 1, 2
EAI_AGAIN, EAI_FAIL, EAI_NONAME, EAI_SERVICE = -3, -4, -2, -8
INADDR_ANY = 0
INADDR_LOOPBACK = 0x7f000001
has_ipv6 = True

error = OSError
timeout = TimeoutError


class herror(OSError):
    """Raised for address-related errors (gethostbyaddr)."""


class gaierror(OSError):
    """Raised for address-related errors by getaddrinfo and getnameinfo."""


_LOCAL_NAMES = {None, '', 'localhost', '::1', '0.0.0.0', '::', 'ip6-localhost'}


def _is_local(host):
    if isinstance(host, bytes):
        host = host.decode('ascii', 'replace')
    return host in _LOCAL_NAMES or (isinstance(host, str) and host.startswith('127.'))


def _no_network(host):
    raise gaierror(EAI_NONAME, 'Name or service not known' + _NO_NETWORK)


def _local_address(host):
    if host in ('::1', '::', 'ip6-localhost'):
        return AF_INET6, '::1'
    if host in (None, '', '0.0.0.0'):
        return AF_INET, '0.0.0.0' if host == '0.0.0.0' else '127.0.0.1'
    if host == 'localhost':
        return AF_INET, '127.0.0.1'
    return AF_INET, host


def gethostname():
    """Return the machine's host name."""
    return 'asobiba'


def getfqdn(name=''):
    """Return a fully qualified domain name for name (the host's own by default)."""
    return name or gethostname()


def gethostbyname(hostname):
    """Translate a local host name to its IPv4 address; other names cannot be resolved."""
    if not _is_local(hostname) and hostname != gethostname():
        _no_network(hostname)
    return '127.0.0.1' if hostname in ('localhost', '', gethostname()) else hostname


def getaddrinfo(host, port, family=0, type=0, proto=0, flags=0):
    """Resolve (host, port): only local names resolve, to the loopback address."""
    if not _is_local(host):
        _no_network(host)
    fam, addr = _local_address(host)
    if family not in (0, fam):
        raise gaierror(EAI_NONAME if family == AF_INET6 else -9,
                       'Address family for hostname not supported')
    if isinstance(port, str):
        port = {'http': 80, 'https': 443}.get(port, int(port) if port.isdigit() else 0)
    port = port or 0
    sockaddr = (addr, port, 0, 0) if fam == AF_INET6 else (addr, port)
    kinds = [(SOCK_STREAM, IPPROTO_TCP), (SOCK_DGRAM, IPPROTO_UDP), (SOCK_RAW, 0)]
    out = []
    for kind, pr in kinds:
        if type and type != kind:
            continue
        if proto and proto != pr:
            continue
        out.append((fam, kind, pr, '', sockaddr))
    return out


def htons(x):
    return ((x & 0xff) << 8) | ((x >> 8) & 0xff)


ntohs = htons


def htonl(x):
    return int.from_bytes((x & 0xffffffff).to_bytes(4, 'big'), 'little')


ntohl = htonl


def inet_aton(ip):
    """Convert a dotted-quad IPv4 address to 4 bytes."""
    parts = ip.split('.')
    if len(parts) != 4 or not all(p.isdigit() and int(p) < 256 for p in parts):
        raise OSError('illegal IP address string passed to inet_aton')
    return bytes(int(p) for p in parts)


def inet_ntoa(packed):
    """Convert 4 bytes to a dotted-quad IPv4 address."""
    if len(packed) != 4:
        raise OSError('packed IP wrong length for inet_ntoa')
    return '.'.join(str(b) for b in packed)


_next_fd = [3]


class socket:
    """A socket object that can be configured but never reaches a network."""

    def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
        self.family = AddressFamily(AF_INET if family == -1 else family)
        self.type = SocketKind(SOCK_STREAM if type == -1 else type)
        self.proto = 0 if proto == -1 else proto
        self._fd = _next_fd[0]
        _next_fd[0] += 1
        self._timeout = None
        self._closed = False
        self._bound = None

    def __repr__(self):
        if self._closed:
            return ('<socket.socket [closed] fd=-1, family=%d, type=%d, proto=%d>'
                    % (self.family, self.type, self.proto))
        return ('<socket.socket fd=%d, family=%d, type=%d, proto=%d>'
                % (self._fd, self.family, self.type, self.proto))

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def fileno(self):
        return -1 if self._closed else self._fd

    def close(self):
        self._closed = True

    def detach(self):
        fd, self._closed = self._fd, True
        return fd

    def _check(self):
        if self._closed:
            raise OSError(9, 'Bad file descriptor')

    def settimeout(self, value):
        self._timeout = value

    def gettimeout(self):
        return self._timeout

    def setblocking(self, flag):
        self._timeout = None if flag else 0.0

    def getblocking(self):
        return self._timeout != 0.0

    def setsockopt(self, level, optname, value, optlen=None):
        self._check()

    def getsockopt(self, level, optname, buflen=None):
        self._check()
        return 0

    def bind(self, address):
        self._check()
        self._bound = address

    def listen(self, backlog=SOMAXCONN):
        self._check()

    def getsockname(self):
        self._check()
        if self._bound is None:
            return ('0.0.0.0', 0)
        return self._bound

    def getpeername(self):
        raise OSError(107, 'Transport endpoint is not connected')

    def connect(self, address):
        """Connect to address: refused, since nothing can be reached."""
        self._check()
        if self.family in (AF_INET, AF_INET6):
            host = address[0]
            if not _is_local(host):
                raise ConnectionRefusedError(111, 'Connection refused' + _NO_NETWORK)
        raise ConnectionRefusedError(111, 'Connection refused')

    def connect_ex(self, address):
        try:
            self.connect(address)
        except OSError as e:
            return e.errno
        return 0

    def accept(self):
        raise OSError(22, 'Invalid argument')

    def send(self, data, flags=0):
        raise OSError(32, 'Broken pipe')

    sendall = send

    def sendto(self, data, *args):
        raise OSError(101, 'Network is unreachable')

    def recv(self, bufsize, flags=0):
        raise OSError(107, 'Transport endpoint is not connected')

    def recvfrom(self, bufsize, flags=0):
        raise OSError(107, 'Transport endpoint is not connected')

    def shutdown(self, how):
        raise OSError(107, 'Transport endpoint is not connected')

    def makefile(self, *args, **kwargs):
        raise OSError(107, 'Transport endpoint is not connected')


SocketType = socket


def create_connection(address, timeout=None, source_address=None, *, all_errors=False):
    """Connect to (host, port) and return the socket: resolving a non-local name fails
    with gaierror, a local address refuses the connection."""
    host, port = address
    err = None
    for af, socktype, proto, canonname, sa in getaddrinfo(host, port, 0, SOCK_STREAM):
        sock = None
        try:
            sock = socket(af, socktype, proto)
            sock.connect(sa)
            return sock
        except OSError as exc:
            err = exc
            if sock is not None:
                sock.close()
    if err is not None:
        try:
            raise err
        finally:
            err = None
    raise error("getaddrinfo returns an empty list")


def socketpair(family=AF_UNIX, type=SOCK_STREAM, proto=0):
    """Not available: Asobiba has no sockets."""
    raise OSError(97, 'Address family not supported by protocol')
