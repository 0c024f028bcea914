# csv reader/writer over io.StringIO: quoting, dialects, odd input, DictReader/DictWriter.
import csv
import io

data = 'name,age,note\r\nann,31,"likes ""tea"", cake"\r\nbob,,"multi\nline"\r\n\r\n"x",1.5,end\r\n'
for row in csv.reader(io.StringIO(data, newline="")):
    print(row)
r = csv.reader(data.splitlines(keepends=True))
print(list(r), r.line_num)
for text, kw in [("a;b;'c;d'\n", dict(delimiter=";", quotechar="'")),
                 ("a, b,  c\n", dict(skipinitialspace=True)),
                 ("a\\,b,c\\\nd\n", dict(escapechar="\\")),
                 ('"a"b,c\n', {}), ('"unterminated\n', {}), ('a"b"c,d\n', {}),
                 ('1,"2",x\n', dict(quoting=csv.QUOTE_NONNUMERIC)),
                 ('"a,b",c\n', dict(quoting=csv.QUOTE_NONE)),
                 ("a\tb\n", dict(dialect="excel-tab")), ('"a""b"\n', dict(doublequote=False)),
                 ("", {}), ("\n\n", {})]:
    try:
        print(repr(text), kw, list(csv.reader(io.StringIO(text), **kw)))
    except (csv.Error, ValueError) as e:
        print(repr(text), kw, type(e).__name__, e)
for text, kw in [('"a"b\n', dict(strict=True)), ('"abc', dict(strict=True)), ("a\rb\n", {}),
                 ('1,x\n', dict(quoting=csv.QUOTE_NONNUMERIC))]:
    try:
        print(list(csv.reader([text] if "\r" not in text else text.splitlines(True) + ["x"], **kw)))
    except (csv.Error, ValueError) as e:
        print(type(e).__name__, e)
try:
    list(csv.reader([b"bytes"]))
except csv.Error as e:
    print("Error:", e)

out = io.StringIO()
w = csv.writer(out)
print(w.writerow(["plain", "with,comma", 'with "quote"', "multi\nline", 3, 2.5, None, True]))
w.writerows([[], [""], [None], ["", ""], [" lead", "trail "]])
print(repr(out.getvalue()))
for kw in [dict(quoting=csv.QUOTE_ALL), dict(quoting=csv.QUOTE_NONNUMERIC),
           dict(quoting=csv.QUOTE_NONE, escapechar="\\"), dict(dialect="unix"),
           dict(delimiter="|", lineterminator="\n"), dict(doublequote=False, escapechar="\\")]:
    out = io.StringIO()
    csv.writer(out, **kw).writerow(["a", 'b"c', "d|e,f", 1, 2.0])
    print(kw, repr(out.getvalue()))
for row, kw in [(['a,b'], dict(quoting=csv.QUOTE_NONE)), ([''], dict(quoting=csv.QUOTE_NONE)),
                (5, {}), (['x"y'], dict(doublequote=False))]:
    try:
        csv.writer(io.StringIO(), **kw).writerow(row)
    except csv.Error as e:
        print("Error:", e)

out = io.StringIO()
dw = csv.DictWriter(out, fieldnames=["id", "name", "score"], restval="-")
dw.writeheader()
dw.writerow({"id": 1, "name": "ann", "score": 9.5})
dw.writerows([{"id": 2, "name": "bo"}, {"id": 3, "score": 7}])
print(repr(out.getvalue()))
try:
    dw.writerow({"id": 4, "extra": True})
except ValueError as e:
    print("ValueError:", e)
csv.DictWriter(io.StringIO(), ["a"], extrasaction="ignore").writerow({"a": 1, "b": 2})
out.seek(0)
dr = csv.DictReader(out)
print(dr.fieldnames, [dict(r) for r in dr], dr.line_num)
dr = csv.DictReader(io.StringIO("a,b\n1,2,3,4\n5\n\n6,7\n"), restkey="rest", restval="?")
print(list(dr))
dr = csv.DictReader(["x y"], fieldnames=["f"], delimiter=" ")
print(list(dr))

class Semi(csv.Dialect):
    delimiter = ";"
    quotechar = "'"
    doublequote = True
    skipinitialspace = False
    lineterminator = "\n"
    quoting = csv.QUOTE_MINIMAL

csv.register_dialect("semi", Semi)
print(sorted(csv.list_dialects()), csv.get_dialect("semi").delimiter)
print(list(csv.reader(["1;'2;3'"], "semi")))
csv.unregister_dialect("semi")
try:
    csv.get_dialect("semi")
except csv.Error as e:
    print("Error:", e)
for kw in [dict(delimiter=""), dict(delimiter=None), dict(quoting=9), dict(bogus=1)]:
    try:
        csv.reader([], **kw)
    except TypeError as e:
        print("TypeError:", e)
d = csv.reader([], delimiter=":").dialect
print(d.delimiter, d.quotechar, d.escapechar, d.doublequote, d.skipinitialspace, repr(d.lineterminator), d.quoting, d.strict)
print(csv.field_size_limit(), csv.field_size_limit(10), csv.field_size_limit())
try:
    list(csv.reader(["x" * 11]))
except csv.Error as e:
    print("Error:", e)
