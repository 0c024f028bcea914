import json
from collections import OrderedDict

print(json.loads('{"a": [1, 2.5, -3e2, true, false, null], "b": {"c": "d"}}'))
print(json.loads('  [ ]  '), json.loads('{}'), json.loads('"x"'), json.loads("12"), json.loads("-0"), json.loads("1E3"))
print(json.loads('"\\u3042\\n\\t\\"\\\\\\/\\ud83d\\ude00"'), json.loads('"\\ud800"') == "\ud800")
print(json.loads("[NaN, Infinity, -Infinity]"), json.loads('{"a": 1, "a": 2}'))
print(json.loads(b'{"bytes": true}'), json.loads(bytearray(b"[1]")), json.loads('"\u00e9"'))
od = json.loads('{"a": 1, "b": 2}', object_pairs_hook=OrderedDict)
print(type(od).__name__, list(od.items()))
print(json.loads('{"a": 1}', object_hook=lambda d: sorted(d.items())))
print(json.loads("[1.5, 2]", parse_float=str, parse_int=lambda s: int(s) * 10))
print(json.loads("[NaN]", parse_constant=lambda c: c.lower()))
bad_docs = ["", "   ", "[", "[1,", "[1 2]", "{", '{"a"', '{"a" 1}', '{"a": }', '{"a": 1,}', "{1: 2}", '{"a": 1 "b": 2}',
            '"abc', '"a\\qb"', '"\\u12"', '"\\u12zz"', '"tab\there"', "[1] x", "01", "-", "1.", "tru", "nul",
            "[1,]", "\n\n  {\n  bad", "1e", '"\\', "[-]", '["a",\n "b"\n "c"]']
for doc in bad_docs:
    try:
        json.loads(doc)
        print("no error for", repr(doc))
    except json.JSONDecodeError as e:
        print(repr(doc), "->", e, "|", e.msg, e.pos, e.lineno, e.colno)
print(json.loads("1.", strict=True) if False else "skip")
print(json.loads('"ctl\x01"', strict=False))
print(isinstance(json.JSONDecodeError("m", "d", 0), ValueError), json.JSONDecodeError.__module__)
try:
    json.loads(5)
except TypeError as e:
    print("TypeError:", e)
try:
    json.loads("\ufeff[]")
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e)
dec = json.JSONDecoder()
print(dec.raw_decode('{"a": 1} trailing'), dec.decode(" [2] "))
doc = {"users": [{"id": i, "name": f"user{i}", "score": i * 1.5} for i in range(3)]}
print(json.loads(json.dumps(doc)) == doc, json.loads(json.dumps(doc, indent=2)) == doc)
