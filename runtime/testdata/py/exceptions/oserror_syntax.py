# OSError's errno mapping and message; SyntaxError's fields and message; Unicode errors.
for args in [(2, 'No such file or directory'), (2, 'No such file or directory', 'x.txt'), (13, 'Permission denied', 'a', None, 'b'),
             ('just a message',), (), (17, 'File exists'), (999, 'weird')]:
    e = OSError(*args)
    print(type(e).__name__, str(e), repr(e), e.args, e.errno, e.strerror, e.filename, e.filename2)
print(isinstance(FileNotFoundError(), OSError), IOError is OSError, EnvironmentError is OSError)
s = SyntaxError('invalid syntax', ('dir/main.py', 3, 5, 'x = = 1\n', 3, 6))
print(str(s), repr(s), s.msg, s.filename, s.lineno, s.offset, repr(s.text), s.end_lineno, s.end_offset)
print(str(SyntaxError('only msg')), SyntaxError().msg, str(SyntaxError('m', ('f.py', None, None, None))))
try:
    compile('x = = 1', 'snippet.py', 'exec')
except SyntaxError as e:
    print(e.msg, e.filename, e.lineno, e.offset, str(e))
u = UnicodeDecodeError('utf-8', b'\xff\xfe', 0, 2, 'invalid start byte')
print(str(u), u.start, u.end, u.reason, u.object)
u2 = UnicodeEncodeError('ascii', 'aé', 1, 2, 'ordinal not in range(128)')
print(str(u2), repr(u2))
