import re

m = re.match(r"(?P<key>\w+)=(?P<value>\d+)", "width=640;height=480")
print(m, m.group(0), m.group("key", "value"), m.groupdict(), m.span(2), m.lastindex, m.lastgroup)
print(re.findall(r"(\w+)=(\d+)", "a=1, b=22"), re.split(r"[;,]\s*", "a; b,c"))
print(re.sub(r"(\d+)", r"<\1>", "x1y22"), re.subn("a", "b", "banana"))
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "3 apples and 5 pears"))
print([m.span() for m in re.finditer(r"o", "foo boo")])
p = re.compile(r"^hello", re.IGNORECASE | re.MULTILINE)
print(p, p.pattern, p.flags & re.I != 0, bool(p.search("x\nHELLO")), p.groups)
print(re.fullmatch(r"\d+", "123"), re.fullmatch(r"\d+", "123a"), re.escape("a.b*c"))
try:
    re.compile("(")
except re.error as e:
    print("re.error:", e)
