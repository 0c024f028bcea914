# Searching: find, index, count, startswith/endswith with ranges, replace.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

s = "abracadabra"
print(s.find('a'), s.find('a', 1), s.find('a', 1, 3), s.find('zz'), s.rfind('a'), s.rfind('a', 0, 5), s.find(''), s.find('', 20), s.rfind(''))
print(s.count('a'), s.count('a', 4), s.count('ab'), s.count(''), s.count('', 5), s.count('', 20), ''.count(''))
print(s.index('c'), s.rindex('b'), s.find('a', -3), s.find('a', -100, -5))
show(lambda: s.index('z'))
show(lambda: s.rindex('z'))
show(lambda: s.find(1))
j = "日本語の文章、日本語"
print(j.find('語'), j.rfind('語'), j.index('文'), j.count('日本'), j.find('日', 1), j[j.find('文'):])
print(s.startswith('abr'), s.startswith(('x', 'abr')), s.startswith('bra', 1), s.endswith('bra'), s.endswith('cad', 0, 7), s.startswith(''), s.endswith('', 20))
show(lambda: s.startswith(['a']))
show(lambda: s.startswith(('a', 1)))
print(s.replace('a', 'A'), s.replace('a', 'A', 2), s.replace('', '-'), s.replace('', '-', 3), s.replace('zz', 'y'), 'aaa'.replace('a', ''))
print('日本'.replace('', '|'), 'abc'.replace('b', '日本'))
