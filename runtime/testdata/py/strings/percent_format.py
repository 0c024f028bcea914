# printf-style formatting with %.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print("%s %r %a" % ('s', 'r', 'é'), "%d %i %u" % (1.9, -2, 3), "%5.2f|%-6d|%+d" % (3.14159, 42, 5))
print("%x %X %o %#x %#o %e %E %g %G" % (255, 255, 8, 255, 8, 12345.678, 0.00012, 1e-5, 1e20))
print("%c%c" % ('a', 98), "%%", "%(name)s is %(age)d" % {'name': 'A', 'age': 3}, "%s" % [1, 2], "%s" % ((1, 2),))
print("%*d|%-*d|%.*f" % (5, 1, 4, 2, 2, 3.14159), "%05d" % -3, "% d" % 4, "%10.3s|" % 'abcdef')
show(lambda: "%d" % 'x')
show(lambda: "%s %s" % (1,))
show(lambda: "%s" % (1, 2))
show(lambda: "%z" % 1)
show(lambda: "%c" % 'ab')
show(lambda: "%(a)s" % 1)
show(lambda: "%d" % 10**30)
print("%s" % None, "%r" % None, "%.3s" % 'abcdef', "%-5s|" % 'ab', "%3d%%" % 50)
