# io.StringIO's newline argument: universal newlines, translation on write, line splitting.
import io
for nl in ["\n", "", None, "\r", "\r\n"]:
    f = io.StringIO("a\rb\r\nc\nd", newline=nl)
    print(repr(nl), list(f), repr(f.getvalue()))
    f = io.StringIO(newline=nl)
    f.write("x\ny\r\nz\r")
    f.seek(0)
    print(repr(f.getvalue()), f.readlines(), f.tell())
    f.seek(0)
    print([f.readline(2) for _ in range(4)])
for bad in ["x", 5]:
    try:
        io.StringIO(newline=bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
