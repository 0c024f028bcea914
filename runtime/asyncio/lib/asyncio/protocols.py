"""Abstract protocol classes: what a transport calls back (connection_made, data_received,
...)."""

__all__ = ('BaseProtocol', 'Protocol', 'DatagramProtocol', 'SubprocessProtocol',
           'BufferedProtocol')


class BaseProtocol:
    """Common base of the protocol interfaces."""

    __slots__ = ()

    def connection_made(self, transport):
        """Called when a connection is made; transport represents it."""

    def connection_lost(self, exc):
        """Called when the connection is lost or closed (exc is None on EOF or close)."""

    def pause_writing(self):
        """Called when the transport's buffer goes over the high-water mark."""

    def resume_writing(self):
        """Called when the transport's buffer drains below the low-water mark."""


class Protocol(BaseProtocol):
    """Interface for stream protocols."""

    __slots__ = ()

    def data_received(self, data):
        """Called when some data is received (bytes)."""

    def eof_received(self):
        """Called when the other end will send no more data; return a true value to keep
        the transport open for writing."""


class BufferedProtocol(BaseProtocol):
    """Interface for stream protocols with manual control of the receive buffer."""

    __slots__ = ()

    def get_buffer(self, sizehint):
        """Return a buffer to receive into."""

    def buffer_updated(self, nbytes):
        """Called when the buffer was updated with nbytes of received data."""

    def eof_received(self):
        """Called when the other end will send no more data."""


class DatagramProtocol(BaseProtocol):
    """Interface for datagram protocols."""

    __slots__ = ()

    def datagram_received(self, data, addr):
        """Called when a datagram is received."""

    def error_received(self, exc):
        """Called when a send or receive operation raises an OSError."""


class SubprocessProtocol(BaseProtocol):
    """Interface for protocols of subprocesses."""

    __slots__ = ()

    def pipe_data_received(self, fd, data):
        """Called when the subprocess writes data to its stdout or stderr."""

    def pipe_connection_lost(self, fd, exc):
        """Called when a pipe of the subprocess is closed."""

    def process_exited(self):
        """Called when the subprocess has exited."""
