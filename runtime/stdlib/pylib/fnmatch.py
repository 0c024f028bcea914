"""Unix shell-style wildcard matching (Asobiba).

fnmatch, fnmatchcase, filter and translate: '*' matches everything, '?' any one
character, '[seq]' any character in seq and '[!seq]' any character not in it. Matching is
done directly (with backtracking over '*'), not through a regular expression.
"""
import os
import posixpath

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]


def fnmatch(name, pat):
    """Tests whether name matches pat, after os.path.normcase of both."""
    name = os.path.normcase(name)
    pat = os.path.normcase(pat)
    return fnmatchcase(name, pat)


def _compile(pat):
    # A pattern becomes a list of tokens: ('*',), ('?',), ('set', chars, negated, ranges)
    # or ('lit', c).
    tokens = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if not tokens or tokens[-1] != ('*',):
                tokens.append(('*',))
        elif c == '?':
            tokens.append(('?',))
        elif c == '[':
            j = i
            if j < n and pat[j] == '!':
                j += 1
            if j < n and pat[j] == ']':
                j += 1
            while j < n and pat[j] != ']':
                j += 1
            if j >= n:
                tokens.append(('lit', '['))
                continue
            body = pat[i:j]
            i = j + 1
            negated = body.startswith('!')
            if negated:
                body = body[1:]
            ranges = []
            k = 0
            while k < len(body):
                if k + 2 < len(body) and body[k + 1] == '-':
                    ranges.append((body[k], body[k + 2]))
                    k += 3
                else:
                    ranges.append((body[k], body[k]))
                    k += 1
            tokens.append(('set', negated, ranges))
        else:
            tokens.append(('lit', c))
    return tokens


def _one(token, c):
    kind = token[0]
    if kind == '?':
        return True
    if kind == 'lit':
        return token[1] == c
    negated, ranges = token[1], token[2]
    inside = any(lo <= c <= hi for lo, hi in ranges)
    return inside != negated


def fnmatchcase(name, pat):
    """Tests whether name matches pat, case-sensitively."""
    tokens = _compile(pat)
    ti = ni = 0
    star_t = star_n = -1
    while ni < len(name):
        if ti < len(tokens) and tokens[ti][0] == '*':
            star_t, star_n = ti, ni
            ti += 1
        elif ti < len(tokens) and _one(tokens[ti], name[ni]):
            ti += 1
            ni += 1
        elif star_t >= 0:
            star_n += 1
            ni = star_n
            ti = star_t + 1
        else:
            return False
    while ti < len(tokens) and tokens[ti][0] == '*':
        ti += 1
    return ti == len(tokens)


def filter(names, pat):
    """Returns the names that match pat."""
    pat = os.path.normcase(pat)
    if os.path is posixpath:
        return [name for name in names if fnmatchcase(name, pat)]
    return [name for name in names if fnmatchcase(os.path.normcase(name), pat)]


def translate(pat):
    """Returns a regular expression that matches what the shell pattern pat matches."""
    import re
    res = []
    for token in _compile(pat):
        kind = token[0]
        if kind == '*':
            res.append('.*')
        elif kind == '?':
            res.append('.')
        elif kind == 'lit':
            res.append(re.escape(token[1]))
        else:
            negated, ranges = token[1], token[2]
            parts = []
            for lo, hi in ranges:
                if lo == hi:
                    parts.append(re.escape(lo))
                elif lo < hi:
                    parts.append('%s-%s' % (re.escape(lo), re.escape(hi)))
            if not parts:
                res.append('.' if negated else '(?!)')
            else:
                res.append('[%s%s]' % ('^' if negated else '', ''.join(parts)))
    return '(?s:%s)\\Z' % ''.join(res)
