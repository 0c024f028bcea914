# Backreferences, conditionals and group captures in repetitions.
import re

# Doubled words, whatever their case.
text = "This is is a test. The the end, and and more"
print(re.findall(r"\b(\w+)\s+\1\b", text, re.IGNORECASE))
print(re.sub(r"\b(\w+)(\s+\1\b)+", r"\1", text, flags=re.I))
# Matching quotes: the closing quote must be the opening one.
print(re.findall(r"""(["'])(.*?)\1""", """say "hi" and 'bye' but "not'"""))
print(re.match(r"(?P<q>['\"]).*?(?P=q)", "'it\"s'").group())
# HTML-like tags with the same name.
print(re.findall(r"<(\w+)>.*?</\1>", "<b>bold</b> <i>x</b> <i>it</i>"))
# A conditional: an optional opening bracket requires the closing one.
phone = re.compile(r"^(\()?\d{3}(?(1)\))-?\d{4}$")
for s in ["(555)-1234", "555-1234", "(555-1234", "555)1234"]:
    print(s, bool(phone.match(s)))
# Groups in repetitions keep the last iteration.
m = re.match(r"(?:(\w)(\d))+", "a1b2c3")
print(m.groups(), m.span(1), m.lastindex)
m = re.match(r"(a*)*", "aa")
print(m.group(1), m.span(1))
print(re.match(r"(?:(a)|b)*", "ab").groups(), re.match(r"(a)|(b)", "b").lastindex)
# Palindromes of five letters.
print(re.findall(r"\b((\w)(\w)\w\3\2)\b", "level radar hello kayak"))
# Errors keep CPython's messages.
for bad in [r"(a)\2", r"(?P<x>a)(?P=y)", r"(?<=(a)\1)b", r"(?(1)a|b|c)"]:
    try:
        re.compile(bad)
    except re.error as e:
        print("re.error:", e)
