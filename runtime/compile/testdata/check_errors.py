"""Cross-check the error chunks of errors.txt against CPython 3.12.

    python3.12 check_errors.py errors.txt

The expectations in errors.txt come from our compiler (go test -update); this script prints
every chunk whose error message or position differs from what CPython 3.12 reports.
"""
import sys, re
text = open(sys.argv[1]).read()
chunks = re.split(r'^--- ', text, flags=re.M)[1:]
for ch in chunks:
    name, rest = ch.split('\n', 1)
    src, want = rest.split('===\n', 1)
    want = want.strip().split('\n')[0]
    try:
        compile(src, 'test.py', 'exec')
        got = 'OK'
    except SyntaxError as e:
        got = f"error: test.py:{e.lineno}:{e.offset}: SyntaxError: {e.msg}"
    if not want.startswith('error'):
        want = 'OK'
    mark = '  ' if got == want else '!!'
    if got != want:
        print(mark, name, '\n   cpython:', got, '\n   ours:   ', want)
