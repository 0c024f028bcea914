"""The file objects of builtins.open, over Asobiba's in-memory file system (module _vfs).

Binary files are BufferedReader, BufferedWriter or BufferedRandom objects and text files
TextIOWrapper objects, named and behaving as CPython's _io classes do for ordinary use:
read, readline, readlines, iteration, write, writelines, seek, tell, truncate, context
management, and the same errors. Every write lands in the file at once.
"""

import io as _io
import _vfs

_fd_counter = [2]


def _check_mode(mode):
    if not isinstance(mode, str):
        raise TypeError("open() argument 'mode' must be str, not %s" % type(mode).__name__)
    modes = set(mode)
    if modes - set("axrwb+t") or len(mode) > len(modes):
        raise ValueError("invalid mode: %r" % mode)
    creating = "x" in modes
    reading = "r" in modes
    writing = "w" in modes
    appending = "a" in modes
    updating = "+" in modes
    text = "t" in modes
    binary = "b" in modes
    if text and binary:
        raise ValueError("can't have text and binary mode at once")
    if creating + reading + writing + appending > 1:
        raise ValueError("must have exactly one of create/read/write/append mode")
    if not (creating or reading or writing or appending):
        raise ValueError("Must have exactly one of create/read/write/append mode and at most one plus")
    return creating, reading, writing, appending, updating, binary


class _Base:
    def _checkClosed(self):
        if self._closed:
            raise ValueError("I/O operation on closed file.")

    def _checkReadable(self):
        self._checkClosed()
        if not self._readable:
            raise _io.UnsupportedOperation("not readable")

    def _checkWritable(self):
        self._checkClosed()
        if not self._writable:
            raise _io.UnsupportedOperation("not writable")

    @property
    def closed(self):
        return self._closed

    def readable(self):
        self._checkClosed()
        return self._readable

    def writable(self):
        self._checkClosed()
        return self._writable

    def seekable(self):
        self._checkClosed()
        return True

    def isatty(self):
        self._checkClosed()
        return False

    def fileno(self):
        self._checkClosed()
        return self._fd

    def flush(self):
        self._checkClosed()

    def close(self):
        self._closed = True

    def __enter__(self):
        self._checkClosed()
        return self

    def __exit__(self, *exc):
        self.close()

    def __iter__(self):
        self._checkClosed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=-1):
        if hint is None or hint <= 0:
            return list(self)
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if total >= hint:
                break
        return lines

    def writelines(self, lines):
        self._checkClosed()
        for line in lines:
            self.write(line)

    def __del__(self):
        pass


class _BinaryFile(_Base):
    def __init__(self, name, data, mode, readable, writable, append, pos):
        self.name = name
        self.mode = mode
        self._data = data
        self._pos = pos
        self._readable = readable
        self._writable = writable
        self._append = append
        self._closed = False
        _fd_counter[0] += 1
        self._fd = _fd_counter[0]

    @property
    def raw(self):
        return self

    def read(self, size=-1):
        self._checkReadable()
        if size is None or size < 0:
            end = len(self._data)
        else:
            end = min(len(self._data), self._pos + size)
        out = bytes(self._data[self._pos:end])
        self._pos = max(self._pos, end)
        return out

    read1 = read

    def readinto(self, b):
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)

    def readline(self, size=-1):
        self._checkReadable()
        end = self._data.find(b"\n", self._pos)
        end = len(self._data) if end < 0 else end + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        out = bytes(self._data[self._pos:end])
        self._pos = max(self._pos, end)
        return out

    def peek(self, size=0):
        self._checkReadable()
        return bytes(self._data[self._pos:])

    def write(self, b):
        self._checkWritable()
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        b = bytes(b) if isinstance(b, (bytes, bytearray)) else bytes(memoryview(b))
        if self._append:
            self._pos = len(self._data)
        if self._pos > len(self._data):
            self._data.extend(bytes(self._pos - len(self._data)))
        self._data[self._pos:self._pos + len(b)] = b
        self._pos += len(b)
        _vfs.modified(self._data)
        return len(b)

    def seek(self, offset, whence=0):
        self._checkClosed()
        if not isinstance(offset, int):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(offset).__name__)
        if whence == 0:
            if offset < 0:
                raise ValueError("negative seek position %d" % offset)
            self._pos = offset
        elif whence == 1:
            self._pos = max(0, self._pos + offset)
        elif whence == 2:
            self._pos = max(0, len(self._data) + offset)
        else:
            raise ValueError("whence value %d unsupported" % whence)
        return self._pos

    def tell(self):
        self._checkClosed()
        return self._pos

    def truncate(self, size=None):
        self._checkWritable()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError("negative size value %d" % size)
        if size < len(self._data):
            del self._data[size:]
        else:
            self._data.extend(bytes(size - len(self._data)))
        _vfs.modified(self._data)
        return size

    def __repr__(self):
        return "<_io.%s name=%r>" % (type(self).__name__, self.name)


class BufferedReader(_BinaryFile):
    pass


class BufferedWriter(_BinaryFile):
    pass


class BufferedRandom(_BinaryFile):
    pass


class TextIOWrapper(_Base):
    def __init__(self, buffer, encoding, errors, newline, mode):
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError("illegal newline value: %r" % (newline,))
        self.buffer = buffer
        self.mode = mode
        self._encoding_name = encoding
        self.encoding = encoding
        self.errors = errors
        self._newline = newline
        self._readable = buffer._readable
        self._writable = buffer._writable
        self._closed = False
        self._fd = buffer._fd
        "a".encode(self.encoding)  # rejects unknown encodings (LookupError) early

    @property
    def name(self):
        return self.buffer.name

    @property
    def newlines(self):
        return None

    @property
    def line_buffering(self):
        return False

    def _rest(self):
        b = self.buffer
        return bytes(b._data[b._pos:]).decode(self.encoding, self.errors)

    def _advance(self, raw_text):
        self.buffer._pos += len(raw_text.encode(self.encoding, self.errors))

    def _translate(self, text):
        if self._newline is None:
            return text.replace("\r\n", "\n").replace("\r", "\n")
        return text

    def read(self, size=-1):
        self._checkReadable()
        if size is None:
            size = -1
        if not isinstance(size, int):
            raise TypeError("argument should be integer or None, not '%s'" % type(size).__name__)
        raw = self._rest()
        if size < 0:
            self._advance(raw)
            return self._translate(raw)
        out = []
        i = 0
        n = len(raw)
        while len(out) < size and i < n:
            c = raw[i]
            if c == "\r" and self._newline is None:
                i += 2 if i + 1 < n and raw[i + 1] == "\n" else 1
                out.append("\n")
            else:
                out.append(c)
                i += 1
        self._advance(raw[:i])
        return "".join(out)

    def readline(self, size=-1):
        self._checkReadable()
        if size is None:
            size = -1
        raw = self._rest()
        nl = self._newline
        if nl is None or nl == "":
            end = len(raw)
            for i, c in enumerate(raw):
                if c == "\n":
                    end = i + 1
                    break
                if c == "\r":
                    end = i + 2 if raw[i + 1:i + 2] == "\n" else i + 1
                    break
        else:
            i = raw.find(nl)
            end = len(raw) if i < 0 else i + len(nl)
        line = raw[:end]
        if 0 <= size < len(line):
            line = line[:size]
        self._advance(line)
        return self._translate(line)

    def write(self, s):
        self._checkWritable()
        if not isinstance(s, str):
            raise TypeError("write() argument must be str, not %s" % type(s).__name__)
        text = s
        if self._newline not in (None, "", "\n"):
            text = text.replace("\n", self._newline)
        self.buffer.write(text.encode(self.encoding, self.errors))
        return len(s)

    def seek(self, cookie, whence=0):
        self._checkClosed()
        if whence == 1 and cookie != 0:
            raise _io.UnsupportedOperation("can't do nonzero cur-relative seeks")
        if whence == 2 and cookie != 0:
            raise _io.UnsupportedOperation("can't do nonzero end-relative seeks")
        return self.buffer.seek(cookie, whence)

    def tell(self):
        self._checkClosed()
        return self.buffer.tell()

    def truncate(self, pos=None):
        return self.buffer.truncate(pos)

    def detach(self):
        buffer = self.buffer
        self._closed = True
        return buffer

    def close(self):
        self._closed = True
        self.buffer.close()

    def __repr__(self):
        return "<_io.TextIOWrapper name=%r mode=%r encoding=%r>" % (self.name, self.mode,
                                                                   self._encoding_name)


def open(file, mode="r", buffering=-1, encoding=None, errors=None, newline=None, closefd=True,
         opener=None):
    """Opens a file of Asobiba's in-memory file system."""
    if isinstance(file, int) and not isinstance(file, bool):
        raise NotImplementedError("open() of a file descriptor is not supported in Asobiba")
    if not isinstance(file, (str, bytes)) and not hasattr(type(file), "__fspath__"):
        raise TypeError("expected str, bytes or os.PathLike object, not %s" % type(file).__name__)
    creating, reading, writing, appending, updating, binary = _check_mode(mode)
    if binary and encoding is not None:
        raise ValueError("binary mode doesn't take an encoding argument")
    if binary and errors is not None:
        raise ValueError("binary mode doesn't take an errors argument")
    if binary and newline is not None:
        raise ValueError("binary mode doesn't take a newline argument")
    if buffering == 0 and not binary:
        raise ValueError("can't have unbuffered text I/O")
    if opener is not None:
        raise NotImplementedError("open() with an opener is not supported in Asobiba")
    if reading:
        data = _vfs.file(file)
    else:
        data = _vfs.create(file, creating) if not appending else None
        if appending:
            data = _vfs.file(file) if _vfs.kind(file) == "file" else _vfs.create(file, False)
    pos = len(data) if appending else 0
    readable = reading or updating
    writable = not reading or updating
    if updating:
        cls = BufferedRandom
    elif readable:
        cls = BufferedReader
    else:
        cls = BufferedWriter
    raw_mode = mode.replace("t", "")
    if binary:
        bmode = raw_mode
    else:
        bmode = raw_mode + "b"
    name = file if isinstance(file, (str, bytes)) else file.__fspath__()
    buffer = cls(name, data, bmode, readable, writable, appending, pos)
    if binary:
        return buffer
    if encoding is None:
        encoding = "UTF-8"
    if errors is None:
        errors = "strict"
    return TextIOWrapper(buffer, encoding, errors, newline, mode.replace("t", "") if "t" not in mode else mode)
