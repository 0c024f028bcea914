"""HTML escaping and unescaping (Asobiba).

escape replaces the characters that are special in HTML; unescape replaces named and
numeric character references with the characters they stand for, with the HTML5 rules for
invalid code points. Named references are looked up in html.entities.html5, which here
holds the full HTML5 table; html.parser is not provided.
"""
import re as _re

__all__ = ['escape', 'unescape']


def escape(s, quote=True):
    """Replaces &, < and > (and " and ' when quote is true) with HTML-safe sequences."""
    s = s.replace("&", "&amp;")
    s = s.replace("<", "&lt;")
    s = s.replace(">", "&gt;")
    if quote:
        s = s.replace('"', "&quot;")
        s = s.replace('\'', "&#x27;")
    return s


# What Windows-1252 puts at 0x80-0x9F, which HTML5 uses for those numeric references.
_CP1252 = ('\u20ac\x81\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\x8d'
           '\u017d\x8f\x90\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a'
           '\u0153\x9d\u017e\u0178')

_invalid_charrefs = {0x00: '\ufffd', 0x0d: '\r'}
for _i, _c in enumerate(_CP1252):
    _invalid_charrefs[0x80 + _i] = _c
del _i, _c


def _is_invalid_codepoint(num):
    return (0x1 <= num <= 0x8 or 0xe <= num <= 0x1f or 0x7f <= num <= 0x9f or
            0xfdd0 <= num <= 0xfdef or num == 0xb or (num & 0xfffe) == 0xfffe)


def _replace_charref(m):
    s = m.group(1)
    if s[0] == '#':
        if s[1] in 'xX':
            num = int(s[2:].rstrip(';'), 16)
        else:
            num = int(s[1:].rstrip(';'))
        if num in _invalid_charrefs:
            return _invalid_charrefs[num]
        if 0xD800 <= num <= 0xDFFF or num > 0x10FFFF:
            return '\uFFFD'
        if _is_invalid_codepoint(num):
            return ''
        return chr(num)
    from html.entities import html5
    if s in html5:
        return html5[s]
    # The longest prefix that is an entity name stands for itself, the rest is kept.
    for x in range(len(s) - 1, 1, -1):
        if s[:x] in html5:
            return html5[s[:x]] + s[x:]
    return '&' + s


_charref = _re.compile(r'&(#[0-9]+;?'
                       r'|#[xX][0-9a-fA-F]+;?'
                       r'|[^\t\n\f <&#;]{1,32};?)')


def unescape(s):
    """Replaces the character references in s (&gt;, &#62;, &#x3e;, ...) by characters."""
    if '&' not in s:
        return s
    return _charref.sub(_replace_charref, s)
