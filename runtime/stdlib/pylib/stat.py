"""Constants and functions to interpret the results of os.stat() (POSIX values).

S_ISDIR(mode), S_ISREG(mode) and friends test a file's type, S_IMODE(mode) keeps its
permission bits, filemode(mode) spells it as ls -l does ('-rw-r--r--'). In Asobiba's
in-memory file system files show 0o100644 and folders 0o040755.
"""

# Indices of the items of the tuple os.stat returns.
ST_MODE, ST_INO, ST_DEV, ST_NLINK, ST_UID, ST_GID, ST_SIZE, ST_ATIME, ST_MTIME, ST_CTIME = range(10)

# File types (the S_IFMT bits of st_mode).
S_IFDIR = 0o040000
S_IFCHR = 0o020000
S_IFBLK = 0o060000
S_IFREG = 0o100000
S_IFIFO = 0o010000
S_IFLNK = 0o120000
S_IFSOCK = 0o140000
S_IFDOOR = 0
S_IFPORT = 0
S_IFWHT = 0

# Permission and special bits.
S_ISUID = 0o4000
S_ISGID = 0o2000
S_ENFMT = S_ISGID
S_ISVTX = 0o1000
S_IREAD = 0o0400
S_IWRITE = 0o0200
S_IEXEC = 0o0100
S_IRWXU = 0o0700
S_IRUSR = 0o0400
S_IWUSR = 0o0200
S_IXUSR = 0o0100
S_IRWXG = 0o0070
S_IRGRP = 0o0040
S_IWGRP = 0o0020
S_IXGRP = 0o0010
S_IRWXO = 0o0007
S_IROTH = 0o0004
S_IWOTH = 0o0002
S_IXOTH = 0o0001

# BSD file flags (st_flags), for completeness.
UF_NODUMP, UF_IMMUTABLE, UF_APPEND, UF_OPAQUE, UF_NOUNLINK = 1, 2, 4, 8, 0x10
UF_COMPRESSED, UF_HIDDEN = 0x20, 0x8000
SF_ARCHIVED, SF_IMMUTABLE, SF_APPEND, SF_NOUNLINK, SF_SNAPSHOT = 0x10000, 0x20000, 0x40000, 0x100000, 0x200000

# Windows file attributes (st_file_attributes), for completeness.
FILE_ATTRIBUTE_READONLY = 1
FILE_ATTRIBUTE_HIDDEN = 2
FILE_ATTRIBUTE_SYSTEM = 4
FILE_ATTRIBUTE_DIRECTORY = 16
FILE_ATTRIBUTE_ARCHIVE = 32
FILE_ATTRIBUTE_DEVICE = 64
FILE_ATTRIBUTE_NORMAL = 128
FILE_ATTRIBUTE_TEMPORARY = 256
FILE_ATTRIBUTE_SPARSE_FILE = 512
FILE_ATTRIBUTE_REPARSE_POINT = 1024
FILE_ATTRIBUTE_COMPRESSED = 2048
FILE_ATTRIBUTE_OFFLINE = 4096
FILE_ATTRIBUTE_NOT_CONTENT_INDEXED = 8192
FILE_ATTRIBUTE_ENCRYPTED = 16384
FILE_ATTRIBUTE_INTEGRITY_STREAM = 32768
FILE_ATTRIBUTE_VIRTUAL = 65536
FILE_ATTRIBUTE_NO_SCRUB_DATA = 131072


def S_IMODE(mode):
    """Return the part of mode that chmod can set: the permission and special bits."""
    return mode & 0o7777


def S_IFMT(mode):
    """Return the part of mode that tells the file's type."""
    return mode & 0o170000


def S_ISDIR(mode):
    """Tell whether mode is that of a folder."""
    return S_IFMT(mode) == S_IFDIR


def S_ISCHR(mode):
    """Tell whether mode is that of a character device."""
    return S_IFMT(mode) == S_IFCHR


def S_ISBLK(mode):
    """Tell whether mode is that of a block device."""
    return S_IFMT(mode) == S_IFBLK


def S_ISREG(mode):
    """Tell whether mode is that of a regular file."""
    return S_IFMT(mode) == S_IFREG


def S_ISFIFO(mode):
    """Tell whether mode is that of a named pipe."""
    return S_IFMT(mode) == S_IFIFO


def S_ISLNK(mode):
    """Tell whether mode is that of a symbolic link."""
    return S_IFMT(mode) == S_IFLNK


def S_ISSOCK(mode):
    """Tell whether mode is that of a socket."""
    return S_IFMT(mode) == S_IFSOCK


def S_ISDOOR(mode):
    """Doors are Solaris's: always False."""
    return False


def S_ISPORT(mode):
    """Event ports are Solaris's: always False."""
    return False


def S_ISWHT(mode):
    """Whiteouts are BSD's: always False."""
    return False


# The letter ls -l shows for each file type.
_TYPE_LETTERS = {S_IFLNK: 'l', S_IFSOCK: 's', S_IFREG: '-', S_IFBLK: 'b', S_IFDIR: 'd',
                 S_IFCHR: 'c', S_IFIFO: 'p'}


def _triad(mode, read, write, execute, special, set_letter, unset_letter):
    out = 'r' if mode & read else '-'
    out += 'w' if mode & write else '-'
    if mode & special:
        out += set_letter if mode & execute else unset_letter
    else:
        out += 'x' if mode & execute else '-'
    return out


def filemode(mode):
    """Convert a file's mode to a string of the form '-rwxrwxrwx'."""
    return (_TYPE_LETTERS.get(S_IFMT(mode), '?')
            + _triad(mode, S_IRUSR, S_IWUSR, S_IXUSR, S_ISUID, 's', 'S')
            + _triad(mode, S_IRGRP, S_IWGRP, S_IXGRP, S_ISGID, 's', 'S')
            + _triad(mode, S_IROTH, S_IWOTH, S_IXOTH, S_ISVTX, 't', 'T'))
