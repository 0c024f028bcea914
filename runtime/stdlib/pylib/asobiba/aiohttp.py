"""A simulated aiohttp client (Asobiba).

The part of aiohttp's client API that lessons use — ClientSession with get/post/put/patch/
delete/head/request, responses with status, headers, text(), json() and read(), timeouts,
raise_for_status and the client exceptions — answering from the simulated hosts of
asobiba._simhosts (httpbin.org, example.com, api.example.com, jsonplaceholder.typicode.com)
on the virtual clock: a request takes 0.1 virtual seconds, httpbin.org/delay/N takes N, and
concurrent requests overlap as real ones do. Other hosts cannot be resolved
(ClientConnectorError).

The CPython oracle has no aiohttp, so this is not installed as `aiohttp`: import it as
`import asobiba.aiohttp as aiohttp`, or call install() first so that `import aiohttp` finds
it. Its outputs are Asobiba's own, not CPython's.
"""
import asyncio
import json as _json
import sys

from asobiba import _simhosts
from urllib.parse import urlsplit, urlencode, urljoin, parse_qsl

__all__ = ('ClientSession', 'ClientResponse', 'ClientTimeout', 'TCPConnector', 'ClientError',
           'ClientResponseError', 'ClientConnectionError', 'ClientConnectorError',
           'ClientOSError', 'ServerTimeoutError', 'ServerDisconnectedError',
           'ContentTypeError', 'InvalidURL', 'ClientPayloadError', 'install', 'request')

__version__ = '3.9.5'


def install():
    """Make `import aiohttp` find this simulation (sys.modules['aiohttp'])."""
    sys.modules['aiohttp'] = sys.modules[__name__]


class URL(str):
    """A URL (yarl.URL's everyday part): a str with scheme, host, port, path and query."""

    @property
    def _parts(self):
        return urlsplit(str(self))

    scheme = property(lambda self: self._parts.scheme)
    host = property(lambda self: self._parts.hostname)
    path = property(lambda self: self._parts.path or '/')
    query_string = property(lambda self: self._parts.query)
    query = property(lambda self: dict(parse_qsl(self._parts.query)))
    name = property(lambda self: self.path.rsplit('/', 1)[-1])

    @property
    def port(self):
        p = self._parts.port
        if p is None:
            return {'http': 80, 'https': 443}.get(self.scheme)
        return p

    def human_repr(self):
        return str(self)

    def __repr__(self):
        return "URL(%s)" % str.__repr__(self)


class RequestInfo:
    """The request a response answers."""

    def __init__(self, url, method, headers):
        self.url = self.real_url = url
        self.method = method
        self.headers = headers

    def __repr__(self):
        return (f"RequestInfo(url={self.url!r}, method={self.method!r}, "
                f"headers={self.headers!r}, real_url={self.real_url!r})")


class ClientError(Exception):
    """Base class of the client's errors."""


class ClientResponseError(ClientError):
    """An error status (raise_for_status) or a response that could not be handled."""

    def __init__(self, request_info, history, *, code=None, status=None, message='',
                 headers=None):
        self.request_info = request_info
        self.status = status if status is not None else (code or 0)
        self.message = message
        self.headers = headers
        self.history = history
        self.args = (request_info, history)

    def __str__(self):
        return "{}, message={!r}, url={!r}".format(self.status, self.message,
                                                   self.request_info.real_url)

    def __repr__(self):
        args = f"{self.request_info!r}, {self.history!r}"
        if self.status != 0:
            args += f", status={self.status!r}"
        if self.message != "":
            args += f", message={self.message!r}"
        return f"{type(self).__name__}({args})"


class ContentTypeError(ClientResponseError):
    """json() on a response whose content type is not JSON."""


class ClientPayloadError(ClientError):
    """The response body could not be read."""


class ClientConnectionError(ClientError):
    """Base class of connection errors."""


class ClientOSError(ClientConnectionError, OSError):
    """An OSError while connecting or talking to the server."""


class ClientConnectorError(ClientOSError):
    """The connection could not be made (unknown host, refused)."""

    def __init__(self, connection_key, os_error):
        self._conn_key = connection_key
        self._os_error = os_error
        super().__init__(os_error.errno, os_error.strerror)
        self.args = (connection_key, os_error)

    host = property(lambda self: self._conn_key[0])
    port = property(lambda self: self._conn_key[1])
    ssl = property(lambda self: self._conn_key[2])
    os_error = property(lambda self: self._os_error)

    def __str__(self):
        return 'Cannot connect to host {}:{} ssl:{} [{}]'.format(
            self.host, self.port, 'default' if self.ssl else False, self._os_error.strerror)


class ServerConnectionError(ClientConnectionError):
    """The server misbehaved."""


class ServerDisconnectedError(ServerConnectionError):
    """The server closed the connection."""

    def __init__(self, message=None):
        if message is None:
            message = "Server disconnected"
        self.args = (message,)
        self.message = message


class ServerTimeoutError(ServerConnectionError, asyncio.TimeoutError):
    """A read or connect timeout."""


class InvalidURL(ClientError, ValueError):
    """The URL cannot be requested."""

    def __init__(self, url):
        super().__init__(url)
        self.url = url

    def __repr__(self):
        return f"<{self.__class__.__name__} {self.url}>"


class ClientTimeout:
    """Timeouts of a session or request, in seconds (None: no limit)."""

    __slots__ = ('total', 'connect', 'sock_read', 'sock_connect', 'ceil_threshold')

    def __init__(self, total=None, connect=None, sock_read=None, sock_connect=None,
                 ceil_threshold=5):
        self.total, self.connect, self.sock_read = total, connect, sock_read
        self.sock_connect, self.ceil_threshold = sock_connect, ceil_threshold

    def __repr__(self):
        return (f"ClientTimeout(total={self.total!r}, connect={self.connect!r}, "
                f"sock_read={self.sock_read!r}, sock_connect={self.sock_connect!r}, "
                f"ceil_threshold={self.ceil_threshold!r})")


DEFAULT_TIMEOUT = ClientTimeout(total=5 * 60, sock_connect=30)


class TCPConnector:
    """Limits how many requests of a session run at once (limit, default 100)."""

    def __init__(self, *, limit=100, limit_per_host=0, ssl=True, **kwargs):
        self.limit = limit
        self.limit_per_host = limit_per_host
        self._sem = None

    async def close(self):
        pass


class _Request:
    def __init__(self, method, url, params, headers, data, json_body):
        parts = urlsplit(url)
        self.method = method
        self.url = url
        self.host = parts.hostname or ''
        self.path = parts.path or '/'
        self.params = list(parse_qsl(parts.query)) + list(params)
        self.headers = headers
        self.data = data
        self.json = json_body


class ClientResponse:
    """A simulated response; the body is available at once."""

    def __init__(self, method, url, answer, request_headers):
        self.method = method
        self.url = URL(url)
        self.real_url = self.url
        self.status = answer.status
        self.reason = _simhosts.reason(answer.status)
        self.headers = dict(answer.headers)
        self._body = answer.body
        self.history = ()
        self.request_info = RequestInfo(self.url, method, request_headers)
        self._released = False
        self.version = (1, 1)

    def __repr__(self):
        hdrs = ', '.join(f'{k!r}: {v!r}' for k, v in self.headers.items())
        return (f"<ClientResponse({self.url}) [{self.status} {self.reason}]>\n"
                f"<CIMultiDictProxy({hdrs})>\n")

    @property
    def ok(self):
        """True unless the status is 400 or more."""
        return self.status < 400

    @property
    def content_type(self):
        return self.headers.get('Content-Type', 'application/octet-stream').split(';')[0]

    @property
    def charset(self):
        ctype = self.headers.get('Content-Type', '')
        if 'charset=' in ctype:
            return ctype.split('charset=', 1)[1].strip()
        return None

    @property
    def content_length(self):
        return len(self._body)

    @property
    def closed(self):
        return self._released

    async def read(self):
        """Return the body as bytes."""
        return self._body

    async def text(self, encoding=None, errors='strict'):
        """Return the body decoded (UTF-8 unless the response says otherwise)."""
        return self._body.decode(encoding or self.charset or 'utf-8', errors)

    async def json(self, *, encoding=None, loads=_json.loads,
                   content_type='application/json'):
        """Decode the body as JSON."""
        if content_type and content_type not in self.content_type:
            raise ContentTypeError(
                self.request_info, self.history, status=self.status,
                message=('Attempt to decode JSON with unexpected mimetype: %s'
                         % self.content_type), headers=self.headers)
        text = self._body.decode(encoding or self.charset or 'utf-8').strip()
        if not text:
            return None
        return loads(text)

    def raise_for_status(self):
        """Raise ClientResponseError for a status of 400 or more."""
        if self.status >= 400:
            self.release()
            raise ClientResponseError(self.request_info, self.history, status=self.status,
                                      message=self.reason, headers=self.headers)

    def release(self):
        self._released = True

    def close(self):
        self._released = True

    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


class _RequestContextManager:
    """What session.get() returns: await it, or use it with `async with`."""

    def __init__(self, coro):
        self._coro = coro
        self._resp = None

    def __await__(self):
        return self._coro.__await__()

    async def __aenter__(self):
        self._resp = await self._coro
        return self._resp

    async def __aexit__(self, exc_type, exc, tb):
        self._resp.release()


class ClientSession:
    """A session of simulated HTTP requests; use it with `async with`."""

    def __init__(self, base_url=None, *, connector=None, headers=None, timeout=None,
                 raise_for_status=False, **kwargs):
        self._base_url = base_url
        self._connector = connector if connector is not None else TCPConnector()
        self._default_headers = dict(headers or {})
        self._timeout = timeout if timeout is not None else DEFAULT_TIMEOUT
        self._raise_for_status = raise_for_status
        self._closed = False
        self._sem = None

    def __enter__(self):
        raise TypeError("Use async with instead")

    def __exit__(self, *exc):
        pass

    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await self.close()

    @property
    def closed(self):
        return self._closed

    @property
    def timeout(self):
        return self._timeout

    @property
    def headers(self):
        return self._default_headers

    async def close(self):
        """Close the session."""
        self._closed = True

    def request(self, method, url, **kwargs):
        return _RequestContextManager(self._request(method, url, **kwargs))

    def get(self, url, **kwargs):
        return _RequestContextManager(self._request('GET', url, **kwargs))

    def post(self, url, **kwargs):
        return _RequestContextManager(self._request('POST', url, **kwargs))

    def put(self, url, **kwargs):
        return _RequestContextManager(self._request('PUT', url, **kwargs))

    def patch(self, url, **kwargs):
        return _RequestContextManager(self._request('PATCH', url, **kwargs))

    def delete(self, url, **kwargs):
        return _RequestContextManager(self._request('DELETE', url, **kwargs))

    def head(self, url, **kwargs):
        return _RequestContextManager(self._request('HEAD', url, **kwargs))

    def options(self, url, **kwargs):
        return _RequestContextManager(self._request('OPTIONS', url, **kwargs))

    async def _request(self, method, url, *, params=None, data=None, json=None,
                       headers=None, timeout=None, raise_for_status=None, **kwargs):
        if self._closed:
            raise RuntimeError('Session is closed')
        url = str(url)
        if self._base_url is not None:
            url = urljoin(str(self._base_url), url)
        parts = urlsplit(url)
        if parts.scheme not in ('http', 'https') or not parts.hostname:
            raise InvalidURL(url)
        if params:
            items = list(params.items()) if hasattr(params, 'items') else list(params)
            params = [(str(k), str(v)) for k, v in items]
            url = url + ('&' if parts.query else '?') + urlencode(params)
        else:
            params = []
        req_headers = {**self._default_headers, **(headers or {})}
        if json is not None:
            req_headers.setdefault('Content-Type', 'application/json')
        timeout = self._timeout if timeout is None else timeout
        total = timeout.total if isinstance(timeout, ClientTimeout) else timeout
        limit = self._connector.limit
        if limit and self._sem is None:
            self._sem = asyncio.Semaphore(limit)
        if self._sem is not None:
            await self._sem.acquire()
        try:
            answer = _simhosts.answer(_Request(method, url, params, req_headers, data, json))
            if answer is None:
                await asyncio.sleep(0)
                port = parts.port or (443 if parts.scheme == 'https' else 80)
                raise ClientConnectorError(
                    (parts.hostname, port, parts.scheme == 'https'),
                    OSError(-2, 'Name or service not known'))
            if total is not None and answer.delay > total:
                await asyncio.sleep(total)
                raise asyncio.TimeoutError()
            await asyncio.sleep(answer.delay)
        finally:
            if self._sem is not None:
                self._sem.release()
        resp = ClientResponse(method, url, answer, req_headers)
        check = self._raise_for_status if raise_for_status is None else raise_for_status
        if check:
            resp.raise_for_status()
        return resp


def request(method, url, **kwargs):
    """Make one request with a session of its own (aiohttp.request)."""

    async def run():
        async with ClientSession() as session:
            return await session._request(method, url, **kwargs)
    return _RequestContextManager(run())
