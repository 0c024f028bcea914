import json

samples = {
    "empty": "",
    "trailing comma": '{"a": 1,}',
    "single quotes": "{'a': 1}",
    "unquoted key": "{a: 1}",
    "missing colon": '{"a" 1}',
    "missing comma": '[1 2]',
    "bad literal": "[True]",
    "unterminated": '["abc',
    "bad escape": r'"\x41"',
    "control char": '"a\nb"',
    "extra data": '{"a": 1} {"b": 2}',
    "multi-line": '{\n  "a": 1,\n  "b": [1, 2,\n  }\n',
    "leading zero": "[01]",
    "just minus": "-",
    "nested": '{"a": {"b": [1, {"c": }]}}',
}
for title, doc in samples.items():
    try:
        json.loads(doc)
        print(f"{title}: ok")
    except json.JSONDecodeError as e:
        print(f"{title}: {e.msg} at line {e.lineno}, column {e.colno} (pos {e.pos})")

def parse_or_default(text, default=None):
    try:
        return json.loads(text)
    except ValueError:
        return default
print(parse_or_default("[1, 2]"), parse_or_default("[1, 2", "fallback"), parse_or_default("null", 0))
try:
    json.loads(b'\xff')
except (UnicodeDecodeError, json.JSONDecodeError) as e:
    print(type(e).__name__)
print(json.loads('"tab\there"', strict=False), json.loads(json.dumps("\u2603")))
