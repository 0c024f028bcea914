"""urllib.request, without a network (Asobiba).

urlopen() and Request keep CPython's API, and opening a URL fails the way it fails in the
CPython oracle that produces Asobiba's expected outputs: a host that is not local cannot be
resolved (URLError wrapping socket.gaierror "... (oracle: no real network)") and a local one
refuses the connection (URLError wrapping ConnectionRefusedError), the socket error being the
URLError's context, as in CPython's traceback.
"""
import socket
from urllib.error import URLError, HTTPError
from urllib.parse import urlsplit, unquote, _splittype, _splithost

__all__ = ['Request', 'urlopen', 'build_opener', 'install_opener', 'OpenerDirector',
           'URLError', 'HTTPError', 'HTTPHandler', 'HTTPSHandler', 'BaseHandler',
           'urlretrieve']


class Request:
    """An HTTP request: URL, data, headers and method."""

    def __init__(self, url, data=None, headers={}, origin_req_host=None, unverifiable=False,
                 method=None):
        self.full_url = url
        self.headers = {}
        self.unredirected_hdrs = {}
        self._data = None
        self.data = data
        for key, value in headers.items():
            self.add_header(key, value)
        self.unverifiable = unverifiable
        if method:
            self.method = method

    @property
    def full_url(self):
        if self.fragment:
            return '{}#{}'.format(self._full_url, self.fragment)
        return self._full_url

    @full_url.setter
    def full_url(self, url):
        self._full_url, _, self.fragment = url.partition('#')
        self.fragment = self.fragment or None
        self._parse()

    def _parse(self):
        self.type, rest = _splittype(self._full_url)
        if self.type is None:
            raise ValueError("unknown url type: %r" % self.full_url)
        self.host, self.selector = _splithost(rest)
        if self.host:
            self.host = unquote(self.host)

    def get_method(self):
        """Return 'POST' when there is data, else 'GET' (or the method given)."""
        default_method = "POST" if self.data is not None else "GET"
        return getattr(self, 'method', default_method)

    def get_full_url(self):
        return self.full_url

    def add_header(self, key, val):
        self.headers[key.capitalize()] = val

    def add_unredirected_header(self, key, val):
        self.unredirected_hdrs[key.capitalize()] = val

    def has_header(self, header_name):
        return header_name in self.headers or header_name in self.unredirected_hdrs

    def get_header(self, header_name, default=None):
        return self.headers.get(header_name, self.unredirected_hdrs.get(header_name, default))

    def remove_header(self, header_name):
        self.headers.pop(header_name, None)
        self.unredirected_hdrs.pop(header_name, None)

    def header_items(self):
        hdrs = {**self.unredirected_hdrs, **self.headers}
        return list(hdrs.items())


def _host_port(req):
    host = req.host
    if not host:
        raise URLError('no host given')
    port = 443 if req.type == 'https' else 80
    if ':' in host and not host.startswith('['):
        host, _, p = host.rpartition(':')
        if p:
            port = int(p)
    return host, port


def _http_open(req):
    host, port = _host_port(req)
    try:
        sock = socket.create_connection((host, port))
        sock.close()
    except OSError as err:
        raise URLError(err)
    raise URLError(ConnectionRefusedError(111, 'Connection refused'))


class BaseHandler:
    """Base class of the handlers an OpenerDirector chains."""
    handler_order = 500

    def add_parent(self, parent):
        self.parent = parent


class HTTPHandler(BaseHandler):
    def http_open(self, req):
        return _http_open(req)


class HTTPSHandler(BaseHandler):
    def __init__(self, debuglevel=None, context=None, check_hostname=None):
        pass

    def https_open(self, req):
        return _http_open(req)


class OpenerDirector:
    """Opens URLs through its handlers."""

    def __init__(self):
        self.handlers = []
        self.addheaders = [('User-agent', 'Python-urllib/3.11')]

    def add_handler(self, handler):
        self.handlers.append(handler)
        handler.add_parent(self)

    def open(self, fullurl, data=None, timeout=None):
        if isinstance(fullurl, str):
            req = Request(fullurl, data)
        else:
            req = fullurl
            if data is not None:
                req.data = data
        protocol = req.type
        for handler in self.handlers:
            meth = getattr(handler, protocol + '_open', None)
            if meth is not None:
                return meth(req)
        if protocol == 'ftp':
            raise URLError(socket.gaierror(socket.EAI_NONAME, 'Name or service not known'))
        raise URLError('unknown url type: %s' % protocol)


def build_opener(*handlers):
    """Return an OpenerDirector with the HTTP(S) handlers and the ones given."""
    opener = OpenerDirector()
    for h in handlers:
        if isinstance(h, type):
            h = h()
        opener.add_handler(h)
    opener.add_handler(HTTPHandler())
    opener.add_handler(HTTPSHandler())
    return opener


_opener = None


def install_opener(opener):
    """Make opener the one urlopen() uses."""
    global _opener
    _opener = opener


def urlopen(url, data=None, timeout=None, *, cafile=None, capath=None, cadefault=False,
            context=None):
    """Open url (a string or a Request). Asobiba has no network: this raises URLError."""
    global _opener
    if _opener is None:
        _opener = build_opener()
    return _opener.open(url, data, timeout)


def urlretrieve(url, filename=None, reporthook=None, data=None):
    """Download url to filename: fails like urlopen()."""
    return urlopen(url, data)


def getproxies():
    return {}
