# Lookahead, lookbehind, atomic groups and possessive quantifiers, as a learner uses them.
import re

# A password check: lookaheads test several conditions at the start of the string.
strong = re.compile(r"^(?=.*[a-z])(?=.*[A-Z])(?=.*\d)(?!.*\s).{8,}$")
for pw in ["Secret123", "secret123", "Sec 123abc", "Ab1", "パスワードAa1!"]:
    print(pw, bool(strong.match(pw)))

# Prices: digits after a dollar sign, without the sign.
print(re.findall(r"(?<=\$)\d+(?:\.\d\d)?", "coffee $3.50, cake $4, tea 2"))
# Numbers not preceded by a minus sign nor followed by a percent sign.
print(re.findall(r"(?<![-\d])\d+(?![%\d])", "10 -5 20% 7 300"))
# Thousands separators with a lookahead.
print(re.sub(r"\B(?=(\d{3})+(?!\d))", ",", "1234567 and 89 and 1000"))
# Split before capital letters (an empty match splits since Python 3.7).
print(re.split(r"(?=[A-Z])", "helloWorldFooBar"))
# Words that are not followed by a comma.
print([m.group() for m in re.finditer(r"\b\w+\b(?!,)", "one, two three, four")])
# Lookbehind needs a fixed width.
try:
    re.compile(r"(?<=a+)b")
except re.error as e:
    print("re.error:", e)

# Atomic groups and possessive quantifiers do not give characters back.
print(re.match(r"(?>a+)b", "aaab"), re.match(r"(?>a+)ab", "aaab"))
print(re.match(r"a++ab", "aaab"), re.match(r"a*+", "aaa"), re.fullmatch(r"\d++\w", "123x"))

# Unicode word boundaries work for Japanese text too.
print(re.findall(r"\b\w+\b", "こんにちは 世界、 hello_world 42"))
print(re.findall(r"(?<=「)[^」]+(?=」)", "彼は「はい」と言い、「いいえ」とも言った"))

# A catastrophic pattern on a short string still finishes.
print(re.match(r"(a|aa)*c", "a" * 15))
