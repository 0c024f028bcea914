"""Exceptions raised by urllib.request (Asobiba)."""
__all__ = ['URLError', 'HTTPError', 'ContentTooShortError']


class URLError(OSError):
    """Raised when a URL cannot be opened; reason says why."""

    def __init__(self, reason, filename=None):
        self.args = reason,
        self.reason = reason
        if filename is not None:
            self.filename = filename

    def __str__(self):
        return '<urlopen error %s>' % self.reason


class HTTPError(URLError):
    """An HTTP error status; it also works as a response (code, headers, read())."""

    def __init__(self, url, code, msg, hdrs, fp):
        self.code = code
        self.msg = msg
        self.hdrs = hdrs
        self.fp = fp
        self.filename = url
        self.args = ()

    def __str__(self):
        return 'HTTP Error %s: %s' % (self.code, self.msg)

    def __repr__(self):
        return '<HTTPError %s: %r>' % (self.code, self.msg)

    @property
    def reason(self):
        return self.msg

    @property
    def headers(self):
        return self.hdrs

    def getcode(self):
        return self.code

    def read(self, amt=-1):
        return b'' if self.fp is None else self.fp.read(amt)


class ContentTooShortError(URLError):
    """Raised when a download is shorter than announced."""

    def __init__(self, message, content):
        URLError.__init__(self, message)
        self.content = content
