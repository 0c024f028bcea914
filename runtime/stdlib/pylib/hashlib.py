"""Secure hashes and message digests (Asobiba).

md5, sha1, the sha2 and sha3 families, shake_128/shake_256, new() and pbkdf2_hmac, with
CPython's hash object API (update, digest, hexdigest, copy, name, digest_size, block_size).
The digests are computed by Go's crypto packages through _hashlib; blake2b and blake2s are
not available and raise NotImplementedError.
"""
import _hashlib

__all__ = ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'blake2b', 'blake2s',
           'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512', 'shake_128', 'shake_256',
           'new', 'algorithms_guaranteed', 'algorithms_available', 'pbkdf2_hmac', 'file_digest')

algorithms_guaranteed = set(('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512',
                             'blake2b', 'blake2s', 'sha3_224', 'sha3_256', 'sha3_384',
                             'sha3_512', 'shake_128', 'shake_256'))
algorithms_available = set(algorithms_guaranteed) | {'sha512_224', 'sha512_256'}

_SHAKE = {'shake_128': (128, 168), 'shake_256': (256, 136)}


def _data(data):
    if isinstance(data, str):
        raise TypeError("Strings must be encoded before hashing")
    try:
        return bytes(memoryview(data))
    except TypeError:
        raise TypeError("object supporting the buffer API required") from None


class _Hash(object):
    """A running hash: feed it bytes with update, read the digest at any time."""

    def __init__(self, name, data=b''):
        self.name = name
        self._buf = bytearray()
        if name in _SHAKE:
            self.digest_size = 0
            self.block_size = _SHAKE[name][1]
        else:
            self.digest_size, self.block_size = _hashlib.sizes(name)
        if data:
            self.update(data)

    def update(self, data):
        """Adds data (bytes-like) to what has been hashed."""
        self._buf += _data(data)

    def digest(self):
        return _hashlib.digest(self.name, bytes(self._buf))

    def hexdigest(self):
        return self.digest().hex()

    def copy(self):
        other = _Hash.__new__(type(self))
        other.__dict__.update(self.__dict__)
        other._buf = bytearray(self._buf)
        return other

    def __repr__(self):
        return '<%s _hashlib.HASH object @ %#x>' % (self.name, id(self))


class _Shake(_Hash):
    """A SHAKE hash: digest and hexdigest take the length to produce."""

    def digest(self, length):
        return _hashlib.shake(_SHAKE[self.name][0], bytes(self._buf), length)

    def hexdigest(self, length):
        return self.digest(length).hex()

    def __repr__(self):
        return '<%s _hashlib.HASHXOF object @ %#x>' % (self.name, id(self))


def _initial(data, string):
    if string is not None:
        if data is not None and data != b'':
            raise TypeError("'data' and 'string' are mutually exclusive and support for "
                            "'string' keyword parameter is slated for removal in a future version.")
        return string
    return b'' if data is None else data


def new(name, data=b'', *, usedforsecurity=True, string=None):
    """Returns a new hash object for the algorithm called name."""
    if not isinstance(name, str):
        raise TypeError("new() argument 'name' must be str, not %s" % type(name).__name__)
    key = name.lower().replace('-', '_') if name.lower() not in _SHAKE else name.lower()
    if key in ('blake2b', 'blake2s'):
        raise NotImplementedError("hashlib.%s is not supported in Asobiba" % key)
    if key in _SHAKE:
        return _Shake(key, _initial(data, string))
    if key not in algorithms_available:
        raise ValueError('unsupported hash type ' + name)
    return _Hash(key, _initial(data, string))


def _constructor(name):
    def construct(data=b'', *, usedforsecurity=True, string=None):
        return new(name, data, string=string)
    construct.__name__ = construct.__qualname__ = 'openssl_' + name
    return construct


md5 = _constructor('md5')
sha1 = _constructor('sha1')
sha224 = _constructor('sha224')
sha256 = _constructor('sha256')
sha384 = _constructor('sha384')
sha512 = _constructor('sha512')
sha3_224 = _constructor('sha3_224')
sha3_256 = _constructor('sha3_256')
sha3_384 = _constructor('sha3_384')
sha3_512 = _constructor('sha3_512')
shake_128 = _constructor('shake_128')
shake_256 = _constructor('shake_256')


def blake2b(*args, **kwargs):
    raise NotImplementedError("hashlib.blake2b is not supported in Asobiba")


def blake2s(*args, **kwargs):
    raise NotImplementedError("hashlib.blake2s is not supported in Asobiba")


def pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None):
    """Derives a key from a password with PBKDF2-HMAC."""
    if dklen is None:
        dklen = _hashlib.sizes(hash_name)[0]
    return _hashlib.pbkdf2_hmac(hash_name, _data(password), _data(salt), iterations, dklen)


def file_digest(fileobj, digest, /, *, _bufsize=2 ** 18):
    """Hashes the contents of a binary file object."""
    if isinstance(digest, str):
        digestobj = new(digest)
    else:
        digestobj = digest()
    while True:
        data = fileobj.read(_bufsize)
        if not data:
            break
        digestobj.update(data)
    return digestobj
