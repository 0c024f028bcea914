"""HTML escaping: escape and unescape (numeric references and the common named entities;
html.parser and html.entities are not provided)."""

import re as _re

__all__ = ["escape", "unescape"]


def escape(s, quote=True):
    """s with &, < and > (and, if quote, both quotes) replaced by HTML-safe references."""
    s = s.replace("&", "&amp;")
    s = s.replace("<", "&lt;")
    s = s.replace(">", "&gt;")
    if quote:
        s = s.replace('"', "&quot;")
        s = s.replace("'", "&#x27;")
    return s


_named = {
    "amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'", "nbsp": "\xa0",
    "copy": "\xa9", "reg": "\xae", "trade": "\u2122", "euro": "\u20ac", "pound": "\xa3",
    "yen": "\xa5", "cent": "\xa2", "sect": "\xa7", "deg": "\xb0", "plusmn": "\xb1",
    "times": "\xd7", "divide": "\xf7", "middot": "\xb7", "hellip": "\u2026",
    "mdash": "\u2014", "ndash": "\u2013", "lsquo": "\u2018", "rsquo": "\u2019",
    "ldquo": "\u201c", "rdquo": "\u201d", "laquo": "\xab", "raquo": "\xbb", "bull": "\u2022",
    "larr": "\u2190", "rarr": "\u2192", "uarr": "\u2191", "darr": "\u2193", "hearts": "\u2665",
    "para": "\xb6", "iexcl": "\xa1", "iquest": "\xbf", "frac12": "\xbd", "frac14": "\xbc",
    "frac34": "\xbe", "eacute": "\xe9", "egrave": "\xe8", "aacute": "\xe1", "agrave": "\xe0",
    "ouml": "\xf6", "uuml": "\xfc", "auml": "\xe4", "szlig": "\xdf", "ntilde": "\xf1",
    "ccedil": "\xe7", "alpha": "\u03b1", "beta": "\u03b2", "gamma": "\u03b3", "pi": "\u03c0",
    "mu": "\xb5", "infin": "\u221e", "ne": "\u2260", "le": "\u2264", "ge": "\u2265",
}

_invalid_charrefs = {
    0x00: "\ufffd", 0x0d: "\r", 0x80: "\u20ac", 0x81: "\x81", 0x82: "\u201a", 0x83: "\u0192",
    0x84: "\u201e", 0x85: "\u2026", 0x86: "\u2020", 0x87: "\u2021", 0x88: "\u02c6",
    0x89: "\u2030", 0x8a: "\u0160", 0x8b: "\u2039", 0x8c: "\u0152", 0x8d: "\x8d",
    0x8e: "\u017d", 0x8f: "\x8f", 0x90: "\x90", 0x91: "\u2018", 0x92: "\u2019",
    0x93: "\u201c", 0x94: "\u201d", 0x95: "\u2022", 0x96: "\u2013", 0x97: "\u2014",
    0x98: "\u02dc", 0x99: "\u2122", 0x9a: "\u0161", 0x9b: "\u203a", 0x9c: "\u0153",
    0x9d: "\x9d", 0x9e: "\u017e", 0x9f: "\u0178",
}

_charref = _re.compile(r"&(#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[^\t\n\f <&#;]{1,32};?)")


def _replace_charref(m):
    s = m.group(1)
    if s[0] == "#":
        if s[1] in "xX":
            num = int(s[2:].rstrip(";"), 16)
        else:
            num = int(s[1:].rstrip(";"))
        if num in _invalid_charrefs:
            return _invalid_charrefs[num]
        if 0xD800 <= num <= 0xDFFF or num > 0x10FFFF:
            return "\uFFFD"
        return chr(num)
    name = s.rstrip(";")
    if name in _named:
        return _named[name]
    return "&" + s


def unescape(s):
    """s with numeric and (common) named character references replaced by the characters."""
    if "&" not in s:
        return s
    return _charref.sub(_replace_charref, s)
