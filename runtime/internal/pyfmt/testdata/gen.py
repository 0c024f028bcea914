"""Generate the pyfmt test tables from CPython itself.

Run with `go generate ./runtime/internal/pyfmt` (or `python3 testdata/gen.py` from the package
directory). Each output file is a JSON array with one case per line; the Go tests replay them.
Never edit the outputs by hand. Errors are recorded as "ExceptionType: message".
"""
import json
import math
import random
import struct
import sys

sys.set_int_max_str_digits(4300)


def err(e):
    return "%s: %s" % (type(e).__name__, e)


def write(name, rows):
    with open("testdata/" + name, "w") as f:
        f.write("[\n")
        f.write(",\n".join(json.dumps(r, ensure_ascii=False, separators=(",", ":")) for r in rows))
        f.write("\n]\n")


def fhex(x):
    return float.hex(x)


# ---- repr(float) -------------------------------------------------------------------------
def repr_cases():
    rng = random.Random(20240601)
    xs = [0.0, -0.0, 0.1, 0.2, 0.1 + 0.2, 1.0, 100.0, 1e16, 1e15, 9999999999999998.0, 1e-4,
          1e-5, 0.00012345, 1.5e-5, 1e22, 1e23, 5e-324, 2.2250738585072014e-308,
          1.7976931348623157e308, math.pi, math.e, 1 / 3, 2 / 3, 123456789.0, 1234567890123456.7,
          12345678901234567.0, float("inf"), float("-inf"), float("nan"), 0.5, 2.5, -1.25e-300]
    for e in range(-30, 30):
        xs += [10.0 ** e, 1.5 * 10.0 ** e, -(7.0 ** e)]
    for _ in range(3000):
        xs.append(struct.unpack("<d", struct.pack("<Q", rng.getrandbits(64)))[0])
    for _ in range(1000):
        xs.append(round(rng.uniform(-1000, 1000), rng.randint(0, 8)))
    return [[fhex(x), repr(x)] for x in xs]


# ---- format(x, spec) ---------------------------------------------------------------------
NUM_SPECS = [
    "", "d", "5", "05", "-5", "+", " ", "+5", "<8", ">8", "^8", "=8", "*^9", "0=8", "x<6", "x>6",
    ",", "_", "010,", "09,", "08,", "0=8,", "x=8,", "12,", "+015,", " 013_", "b", "#b", "o", "#o",
    "x", "#x", "X", "#X", "_b", "_x", "#012_x", "#010_b", ",x", "_o", "n", ",n", "_n", "c",
    "5c", "=5c", "#c", "+c", ",c", "_c", "e", "E", ".2e", "#.0e", ".0e", "f", "F", ".2f", ".0f",
    "#.0f", "g", "G", ".3g", "#g", "#.3g", ".0g", "%", ".1%", ".0%", "z", "z.1f", "z.2e", "z",
    ".2", ".3", ".10", "#.3", "#", "10.3", "010.3", "+.1f", "-.1f", " .1f", "=+10.2f",
    "0=+10.2f", ",.2f", "_.3f", ",.2e", "20,.2f", "020,.2f", "0<10", "0^10", "^", "q", "s",
    "1.2.3", ".", ",,", ",_", "_,", "__", ".2z", "z.2", "z#c", "é", "\x01", ",é", "é<5", "あ^9",
    "123456789012345678901234", ".123456789012345678901", ".25f", ".17g", ".50e", "r", "%s",
    "+#010_o", "#-10x", "-#10X", "=", "<", "0", "00", "+05.1%", ".1n", "n", "10n",
]
STR_SPECS = ["", "s", "5", "<5", ">5", "^5", "^6", "*^7", ".2", ".0", "10.3", "=5", "+", "-", " ",
             "z", "#", ",", "_", "05", "^05", "x<05", "d", "c", "é", ".1s", "あ>8", "1.2.3", "2",
             "ab", "<", "0", ".", "=", "0=5", "-5"]
INTS = [0, 1, -1, 7, 42, -42, 65, 255, -255, 1234, 1234567, -1234567, 12345678901, 2**31,
        2**63 - 1, -2**63, 2**64, 10**20, -(10**30) - 7, 0x10ffff, 0x110000, 10**400]
FLOATS = [0.0, -0.0, 1.0, -1.0, 0.5, 1.5, 2.5, -2.5, 0.1, 0.125, 0.375, 1234.5, -1234.5,
          12345678.5, 1e16, 1e15, 1.5e-5, 0.0001, 1e-5, 123456789.123456789, 1e100, -1e-100,
          3.14159, 2.675, 9.995, 0.999, 99.99, 1e22, 5e-324, 1.7976931348623157e308,
          float("inf"), float("-inf"), float("nan"), -0.0001, 1e6, 999999.5, 100.0]
STRS = ["", "a", "abc", "héllo", "こんにちは", "日本語テキスト", "tab\there"]


def format_cases():
    rows = []
    for kind, values, specs in (("int", INTS, NUM_SPECS), ("float", FLOATS, NUM_SPECS),
                                ("str", STRS, STR_SPECS + NUM_SPECS)):
        for v in values:
            for spec in specs:
                try:
                    res = format(v, spec)
                except Exception as e:
                    res = err(e)
                if isinstance(res, str) and len(res) > 300:
                    continue
                enc = fhex(v) if kind == "float" else str(v) if kind == "int" else v
                rows.append([kind, enc, spec, res])
    return rows


# ---- printf-style ------------------------------------------------------------------------
class Mapping(dict):
    pass


def T(v):
    """Encode a Python value for the Go test's Value implementation."""
    if isinstance(v, bool):
        return {"bool": v}
    if isinstance(v, int):
        return {"int": str(v)}
    if isinstance(v, float):
        return {"float": fhex(v)}
    if isinstance(v, str):
        return {"str": v}
    if v is None:
        return {"none": None}
    if isinstance(v, list):
        return {"list": [T(x) for x in v]}
    raise TypeError(v)


PERCENT = [
    ("%s", "abc"), ("%s", 42), ("%r", "abc"), ("%a", "é日本"), ("%r", "é日本"), ("%s %s", (1, 2)),
    ("%d", 42), ("%d", -42), ("%i", 3.99), ("%u", -3.99), ("%5d", 42), ("%-5d|", 42), ("%05d", -42),
    ("%+d", 5), ("% d", 5), ("%.5d", 42), ("%+.3d", -5), ("%08.3d", 5), ("%x", 255), ("%#x", 255),
    ("%#X", 255), ("%#o", 8), ("%o", 8), ("%#010x", 255), ("%-#10X|", 255), ("%#.5x", 255),
    ("%x", -255), ("%#x", -255), ("%d", 10**30), ("%x", 2**100), ("%d", True),
    ("%f", 1.5), ("%.2f", 2.675), ("%e", 12345.678), ("%E", 0.000123), ("%g", 1e-5),
    ("%g", 123456789.0), ("%G", 1e-10), ("%.3g", 1234.5), ("%#g", 1.0), ("%#.0f", 2.0),
    ("%#.0e", 2.0), ("%10.2f|", -3.14159), ("%-10.2f|", 3.14159), ("%010.2f", -3.14159),
    ("%+f", 0.0), ("%+f", -0.0), ("% f", 1.0), ("%f", 42), ("%f", 10**20), ("%.0f", 0.5),
    ("%.0f", 1.5), ("%f", float("inf")), ("%010f", float("-inf")), ("%F", float("nan")),
    ("%5.1f%%", 99.5), ("%%", ()), ("%s%%", 1), ("%c", 65), ("%c", "あ"), ("%3c|", "x"),
    ("%-3c|", 97), ("%c", 0x10ffff), ("%5s|", "ab"), ("%-5s|", "ab"), ("%05s", "ab"),
    ("%.2s", "abcdef"), ("%.1s", "日本"), ("%5s|", "日本"), ("%*d", (5, 42)), ("%-*d|", (5, 42)),
    ("%*d|", (-5, 42)), ("%.*f", (2, 3.14159)), ("%.*f", (-3, 1.5)), ("%*.*f|", (8, 3, 3.14159)),
    ("%ld", 5), ("%hd %Lf", (1, 2.0)), ("%(a)s-%(b)d", Mapping(a="x", b=2)),
    ("%(a)s", Mapping(a=1.5)), ("%(a)r", Mapping(a="q")), ("%(a)5.2f|", Mapping(a=3.14159)),
    ("%((a))s", Mapping({"(a)": 7})), ("abc", Mapping(a=1)), ("%s", Mapping(a=1)),
    ("%(a)s %s", Mapping(a=1)), ("%(a)*d", Mapping(a=1)),
    ("x", [1]), ("%s", [1, 2]), ("%s", None), ("%d", None), ("%r", None),
    ("%y", 1), ("%", 1), ("%(a", Mapping(a=1)), ("%(a)s", 1), ("%d", "x"), ("%x", 1.5),
    ("%f", "x"), ("%c", "ab"), ("%c", -1), ("%c", 0x110000), ("%c", 1.5), ("%*d", ("a", 1)),
    ("%.*s", ("x", "abc")), ("%s %s", 1), ("", 1), ("%s", (1, 2)), ("%5%", (1,)), ("%-5%|", ()),
    ("a%(x)%", Mapping(x=1)), ("%.2%", (3,)), ("%é", 1), ("%d", float("inf")),
    ("%d", float("nan")), ("%s %d", ("a", "b")), ("%d %s", (1,)), ("%s", ()), ("100%", ()),
    ("%s", ("x",)), ("%r", ("it's",)), ("%r", ('say "hi"',)), ("%r", ("both ' \"",)),
    ("%r", ("\n\t\x00\x7f\x80\xa0\u3000\U0001f600",)), ("%a", ("\U0001f600\u3042",)),
    ("%d%%", 50), ("%-08d|", -3), ("%+-8d|", 3), ("%#5o", 0), ("%#x", 0), ("%.0d", 0),
]


def percent_cases():
    rows = []
    for fmt, args in PERCENT:
        try:
            res = fmt % args
        except Exception as e:
            res = err(e)
        if isinstance(args, tuple):
            enc = {"tuple": [T(a) for a in args]}
        elif isinstance(args, Mapping):
            enc = {"mapping": {k: T(v) for k, v in args.items()}}
        else:
            enc = T(args)
        rows.append([fmt, enc, res])
    return rows


# ---- int(), float(), str(int) ------------------------------------------------------------
INT_STRS = ["0", "1", "-1", "+7", " 42 ", "\t\n42\n", "\u3000１２３\u3000", "٣", "1_000", "1__000",
            "_1", "1_", "0x1f", "0X1F", "0x_1f", "0b101", "0o17", "017", "010", "00", "0_0",
            "0_1", "-0x10", "abc", "", " ", "1 2", "+", "-", "0x", "z", "Z", "9" * 50, "1e5",
            "1.0", "\x1c5\x1f", "12\u00a0", "𝟓", "٣٤", "0b", "0b_", "0b_1", "0_b1", "- 1", "++1"]
INT_BASES = [0, 2, 8, 10, 16, 36, 37, 1, -1]


def parse_cases():
    rows = []
    for s in INT_STRS:
        for base in INT_BASES:
            try:
                res = str(int(s, base))
            except Exception as e:
                res = err(e)
            rows.append(["int", s, base, res])
    for s in ["1" * 4300, "1" * 4301, "-" + "1" * 4301, "1_" * 4300 + "1", "f" * 5000]:
        for base in (10, 16, 0):
            try:
                res = "ok %d" % int(s, base).bit_length()
            except Exception as e:
                res = err(e)
            rows.append(["int", s, base, res])
    for s in ["0", "1.5", "-1.5", " 3.25 ", "1e5", "1E-5", "1e", "e5", ".5", "5.", ".", "-.5e-3",
              "inf", "-inf", "+INF", "Infinity", "-iNfInItY", "infinit", "nan", "-NaN", "+nan",
              "1_000.5", "1__0", "_1", "1_", "1_.5", "1._5", "1.5_", "1e1_0", "1e_10", "1e+_5",
              "0x1p3", "1e400", "-1e400", "1e-400", "x", "", " ", "１_０.５", "\u30001.5\u3000",
              "1.5x", "1 .5", "0.1", "2.675", "1" * 400, "0." + "0" * 300 + "1",
              "123456789012345678901234567890", "4.9e-324", "2.4703282292062328e-324",
              "2.4703282292062327e-324", "1.7976931348623158e308", "1.7976931348623159e308"]:
        try:
            res = fhex(float(s))
        except Exception as e:
            res = err(e)
        rows.append(["float", s, 0, res])
    # Large ints are written as "sign,a,b,c" meaning sign * (a**b + c).
    for sign, a, b, c in [(1, 0, 1, 0), (1, 7, 1, 0), (-1, 7, 1, 0), (1, 10, 4299, 0),
                          (1, 10, 4300, -1), (1, 10, 4300, 0), (-1, 10, 4300, 0),
                          (1, 2, 14285, 0), (1, 2, 14286, 0), (1, 2, 20000, 0)]:
        x = sign * (a**b + c)
        try:
            res = "ok %d" % len(str(x))
        except Exception as e:
            res = err(e)
        rows.append(["str", "%d,%d,%d,%d" % (sign, a, b, c), 0, res])
    return rows


# ---- round(), divmod() -------------------------------------------------------------------
def round_cases():
    rng = random.Random(7)
    rows = []
    xs = [0.5, 1.5, 2.5, -2.5, 0.125, 0.375, 2.675, 1.005, 123.456, -123.456, 1e300, 1.7e308,
          5e-324, 0.0, -0.0, float("inf"), float("nan"), 12345.6789, 1e16 + 2, 0.285, 1.15,
          -0.4, 7.0, 1234567.0, 1e-10]
    xs += [rng.uniform(-1e6, 1e6) for _ in range(60)]
    xs += [round(rng.uniform(-100, 100), 3) for _ in range(60)]
    for x in xs:
        for nd in [None, 0, 1, 2, 3, 5, -1, -2, -5, 15, 17, 300, 324, -300, -308, -309]:
            try:
                res = round(x) if nd is None else round(x, nd)
                res = str(res) if nd is None else fhex(res)
            except Exception as e:
                res = err(e)
            rows.append(["round", fhex(x), nd, res])
    for x in [0, 5, 15, 25, -25, 1250, 1350, -1350, 10**30 + 5 * 10**10, 99, 149, 150, 151]:
        for nd in [0, 1, -1, -2, -3, -11]:
            rows.append(["roundint", str(x), nd, str(round(x, nd))])
    vals = [0.0, -0.0, 1.0, -1.0, 7.5, -7.5, 3.0, -3.0, 0.1, 1e300, 1e-300, float("inf"),
            float("-inf"), float("nan"), 5e-324, 2.0 ** 60 + 1]
    for a in vals:
        for b in vals:
            try:
                q, r = divmod(a, b)
                res = [fhex(q), fhex(r)]
            except Exception as e:
                res = err(e)
            rows.append(["divmod", fhex(a), fhex(b), res])
    return rows


def main():
    write("repr.json", repr_cases())
    write("format.json", format_cases())
    write("percent.json", percent_cases())
    write("parse.json", parse_cases())
    write("round.json", round_cases())


if __name__ == "__main__":
    main()
