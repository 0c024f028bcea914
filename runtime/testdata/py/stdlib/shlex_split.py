# shlex.split in POSIX and compatibility modes, quote/join, and the shlex tokenizer.
import shlex

cases = ['a "b c" d\\ e', "x='y z'", 'a#b c # comment', "it's", '"unterminated', 'esc\\',
         '"a\\"b" \'c\\d\'', 'a&&b|c;d', '  lead  ', '"" \'\'', 'a\\\nb', 'one\ttwo\nthree',
         '"mixed"quote\'s\'', 'é ü', '"\\$HOME" \'\\n\'', 'a"b c"d']
for s in cases:
    for kw in [dict(), dict(posix=False), dict(comments=True)]:
        try:
            print(repr(s), kw, shlex.split(s, **kw))
        except ValueError as e:
            print(repr(s), kw, "ValueError", e)

for s in ["", "plain", "with space", "it's", "a;b", "$HOME", "ok@host:/x,y=z+1%", "tab\there", "é"]:
    print(repr(s), shlex.quote(s))
print(shlex.join(["ls", "-l", "my file", "it's"]))
print(shlex.split(shlex.join(["a b", "c'd", ""])))

lex = shlex.shlex("foo = bar(1, 'two') # note\nnext_line")
print(list(lex), lex.lineno)
lex = shlex.shlex("a && b || c; (d)", punctuation_chars=True)
print(list(lex))
lex = shlex.shlex("cmd --opt=val ~/x.txt > out", posix=True, punctuation_chars=True)
print(list(lex))
lex = shlex.shlex("x y z", posix=True)
print(lex.get_token(), lex.get_token())
lex.push_token("pushed")
print(lex.get_token(), lex.get_token(), lex.get_token(), lex.error_leader())
lex = shlex.shlex('"quoted word" other')
print(lex.get_token(), repr(lex.get_token()), repr(lex.get_token()))
