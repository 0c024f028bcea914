"""This module provides access to mathematical functions for complex
numbers."""

# Asobiba's cmath follows CPython's Modules/cmathmodule.c: the same formulas (rescaling to
# avoid overflow and underflow, log1p near the unit circle), the same C99 Annex G tables
# for arguments whose parts are infinite or NaN, and the same errors ("math domain error",
# "math range error"). The elementary functions come from the math module, which rounds
# as the C library does. A computation reports its error as CPython's C code sets errno:
# each helper returns its result with one of _OK, _EDOM or _ERANGE.

import math

pi = math.pi
e = math.e
tau = math.tau
inf = math.inf
nan = math.nan
infj = complex(0.0, math.inf)
nanj = complex(0.0, math.nan)

_OK, _EDOM, _ERANGE = 0, 1, 2

_LARGE_DOUBLE = 1.7976931348623157e308 / 4
_LOG_LARGE_DOUBLE = 708.3964185322641
_SQRT_LARGE_DOUBLE = math.sqrt(_LARGE_DOUBLE)
_DBL_MIN = 2.2250738585072014e-308
_SQRT_DBL_MIN = math.sqrt(_DBL_MIN)
_SCALE_UP = 53
_SCALE_DOWN = -27
_MANT_DIG = 53
_LN2 = math.log(2.0)
_LN10 = math.log(10.0)


def _finite(x):
    return not (math.isinf(x) or math.isnan(x))


def _exp(x):
    # math.exp raises on overflow where the C library returns inf and sets ERANGE; the
    # callers check for infinite results themselves.
    try:
        return math.exp(x)
    except OverflowError:
        return math.inf


def _cosh(x):
    try:
        return math.cosh(x)
    except OverflowError:
        return math.inf


def _sinh(x):
    try:
        return math.sinh(x)
    except OverflowError:
        return math.copysign(math.inf, x)


# The special-value tables, indexed by the kinds of the real and imaginary parts (see
# _kind): negative infinity, negative finite, -0.0, +0.0, positive finite, positive
# infinity, NaN. None marks entries that are never used: finite arguments are computed.

_P = math.pi
_P14 = 0.25 * math.pi
_P12 = 0.5 * math.pi
_P34 = 0.75 * math.pi
_I = math.inf
_N = math.nan
_Z = -0.0
_U = None


def _kind(x):
    if math.isnan(x):
        return 6
    if math.isinf(x):
        return 5 if x > 0 else 0
    if x == 0:
        return 2 if math.copysign(1.0, x) < 0 else 3
    return 1 if x < 0 else 4


def _table(rows):
    return [[None if e is None else complex(e[0], e[1]) for e in row] for row in rows]


def _special(table, re, im):
    return table[_kind(re)][_kind(im)]


_ACOS = _table([
    [(_P34, _I), (_P, _I), (_P, _I), (_P, -_I), (_P, -_I), (_P34, -_I), (_N, _I)],
    [(_P12, _I), _U, _U, _U, _U, (_P12, -_I), (_N, _N)],
    [(_P12, _I), _U, (_P12, 0.0), (_P12, _Z), _U, (_P12, -_I), (_P12, _N)],
    [(_P12, _I), _U, (_P12, 0.0), (_P12, _Z), _U, (_P12, -_I), (_P12, _N)],
    [(_P12, _I), _U, _U, _U, _U, (_P12, -_I), (_N, _N)],
    [(_P14, _I), (0.0, _I), (0.0, _I), (0.0, -_I), (0.0, -_I), (_P14, -_I), (_N, _I)],
    [(_N, _I), (_N, _N), (_N, _N), (_N, _N), (_N, _N), (_N, -_I), (_N, _N)],
])

_ACOSH = _table([
    [(_I, -_P34), (_I, -_P), (_I, -_P), (_I, _P), (_I, _P), (_I, _P34), (_I, _N)],
    [(_I, -_P12), _U, _U, _U, _U, (_I, _P12), (_N, _N)],
    [(_I, -_P12), _U, (0.0, -_P12), (0.0, _P12), _U, (_I, _P12), (_N, _N)],
    [(_I, -_P12), _U, (0.0, -_P12), (0.0, _P12), _U, (_I, _P12), (_N, _N)],
    [(_I, -_P12), _U, _U, _U, _U, (_I, _P12), (_N, _N)],
    [(_I, -_P14), (_I, _Z), (_I, _Z), (_I, 0.0), (_I, 0.0), (_I, _P14), (_I, _N)],
    [(_I, _N), (_N, _N), (_N, _N), (_N, _N), (_N, _N), (_I, _N), (_N, _N)],
])

_ASINH = _table([
    [(-_I, -_P14), (-_I, _Z), (-_I, _Z), (-_I, 0.0), (-_I, 0.0), (-_I, _P14), (-_I, _N)],
    [(-_I, -_P12), _U, _U, _U, _U, (-_I, _P12), (_N, _N)],
    [(-_I, -_P12), _U, (_Z, _Z), (_Z, 0.0), _U, (-_I, _P12), (_N, _N)],
    [(_I, -_P12), _U, (0.0, _Z), (0.0, 0.0), _U, (_I, _P12), (_N, _N)],
    [(_I, -_P12), _U, _U, _U, _U, (_I, _P12), (_N, _N)],
    [(_I, -_P14), (_I, _Z), (_I, _Z), (_I, 0.0), (_I, 0.0), (_I, _P14), (_I, _N)],
    [(_I, _N), (_N, _N), (_N, _Z), (_N, 0.0), (_N, _N), (_I, _N), (_N, _N)],
])

_ATANH = _table([
    [(_Z, -_P12), (_Z, -_P12), (_Z, -_P12), (_Z, _P12), (_Z, _P12), (_Z, _P12), (_Z, _N)],
    [(_Z, -_P12), _U, _U, _U, _U, (_Z, _P12), (_N, _N)],
    [(_Z, -_P12), _U, (_Z, _Z), (_Z, 0.0), _U, (_Z, _P12), (_Z, _N)],
    [(0.0, -_P12), _U, (0.0, _Z), (0.0, 0.0), _U, (0.0, _P12), (0.0, _N)],
    [(0.0, -_P12), _U, _U, _U, _U, (0.0, _P12), (_N, _N)],
    [(0.0, -_P12), (0.0, -_P12), (0.0, -_P12), (0.0, _P12), (0.0, _P12), (0.0, _P12), (0.0, _N)],
    [(0.0, -_P12), (_N, _N), (_N, _N), (_N, _N), (_N, _N), (0.0, _P12), (_N, _N)],
])

_COSH = _table([
    [(_I, _N), _U, (_I, 0.0), (_I, _Z), _U, (_I, _N), (_I, _N)],
    [(_N, _N), _U, _U, _U, _U, (_N, _N), (_N, _N)],
    [(_N, 0.0), _U, (1.0, 0.0), (1.0, _Z), _U, (_N, 0.0), (_N, 0.0)],
    [(_N, 0.0), _U, (1.0, _Z), (1.0, 0.0), _U, (_N, 0.0), (_N, 0.0)],
    [(_N, _N), _U, _U, _U, _U, (_N, _N), (_N, _N)],
    [(_I, _N), _U, (_I, _Z), (_I, 0.0), _U, (_I, _N), (_I, _N)],
    [(_N, _N), (_N, _N), (_N, 0.0), (_N, 0.0), (_N, _N), (_N, _N), (_N, _N)],
])

_EXP = _table([
    [(0.0, 0.0), _U, (0.0, _Z), (0.0, 0.0), _U, (0.0, 0.0), (0.0, 0.0)],
    [(_N, _N), _U, _U, _U, _U, (_N, _N), (_N, _N)],
    [(_N, _N), _U, (1.0, _Z), (1.0, 0.0), _U, (_N, _N), (_N, _N)],
    [(_N, _N), _U, (1.0, _Z), (1.0, 0.0), _U, (_N, _N), (_N, _N)],
    [(_N, _N), _U, _U, _U, _U, (_N, _N), (_N, _N)],
    [(_I, _N), _U, (_I, _Z), (_I, 0.0), _U, (_I, _N), (_I, _N)],
    [(_N, _N), (_N, _N), (_N, _Z), (_N, 0.0), (_N, _N), (_N, _N), (_N, _N)],
])

_LOG = _table([
    [(_I, -_P34), (_I, -_P), (_I, -_P), (_I, _P), (_I, _P), (_I, _P34), (_I, _N)],
    [(_I, -_P12), _U, _U, _U, _U, (_I, _P12), (_N, _N)],
    [(_I, -_P12), _U, (-_I, -_P), (-_I, _P), _U, (_I, _P12), (_N, _N)],
    [(_I, -_P12), _U, (-_I, _Z), (-_I, 0.0), _U, (_I, _P12), (_N, _N)],
    [(_I, -_P12), _U, _U, _U, _U, (_I, _P12), (_N, _N)],
    [(_I, -_P14), (_I, _Z), (_I, _Z), (_I, 0.0), (_I, 0.0), (_I, _P14), (_I, _N)],
    [(_I, _N), (_N, _N), (_N, _N), (_N, _N), (_N, _N), (_I, _N), (_N, _N)],
])

_SINH = _table([
    [(_I, _N), _U, (-_I, _Z), (-_I, 0.0), _U, (_I, _N), (_I, _N)],
    [(_N, _N), _U, _U, _U, _U, (_N, _N), (_N, _N)],
    [(0.0, _N), _U, (_Z, _Z), (_Z, 0.0), _U, (0.0, _N), (0.0, _N)],
    [(0.0, _N), _U, (0.0, _Z), (0.0, 0.0), _U, (0.0, _N), (0.0, _N)],
    [(_N, _N), _U, _U, _U, _U, (_N, _N), (_N, _N)],
    [(_I, _N), _U, (_I, _Z), (_I, 0.0), _U, (_I, _N), (_I, _N)],
    [(_N, _N), (_N, _N), (_N, _Z), (_N, 0.0), (_N, _N), (_N, _N), (_N, _N)],
])

_SQRT = _table([
    [(_I, -_I), (0.0, -_I), (0.0, -_I), (0.0, _I), (0.0, _I), (_I, _I), (_N, _I)],
    [(_I, -_I), _U, _U, _U, _U, (_I, _I), (_N, _N)],
    [(_I, -_I), _U, (0.0, _Z), (0.0, 0.0), _U, (_I, _I), (_N, _N)],
    [(_I, -_I), _U, (0.0, _Z), (0.0, 0.0), _U, (_I, _I), (_N, _N)],
    [(_I, -_I), _U, _U, _U, _U, (_I, _I), (_N, _N)],
    [(_I, -_I), (_I, _Z), (_I, _Z), (_I, 0.0), (_I, 0.0), (_I, _I), (_I, _N)],
    [(_I, -_I), (_N, _N), (_N, _N), (_N, _N), (_N, _N), (_I, _I), (_N, _N)],
])

_TANH = _table([
    [(-1.0, 0.0), _U, (-1.0, _Z), (-1.0, 0.0), _U, (-1.0, 0.0), (-1.0, 0.0)],
    [(_N, _N), _U, _U, _U, _U, (_N, _N), (_N, _N)],
    [(_N, _N), _U, (_Z, _Z), (_Z, 0.0), _U, (_N, _N), (_N, _N)],
    [(_N, _N), _U, (0.0, _Z), (0.0, 0.0), _U, (_N, _N), (_N, _N)],
    [(_N, _N), _U, _U, _U, _U, (_N, _N), (_N, _N)],
    [(1.0, 0.0), _U, (1.0, _Z), (1.0, 0.0), _U, (1.0, 0.0), (1.0, 0.0)],
    [(_N, _N), (_N, _N), (_N, _Z), (_N, 0.0), (_N, _N), (_N, _N), (_N, _N)],
])

_RECT = _table([
    [(_I, _N), _U, (-_I, 0.0), (-_I, _Z), _U, (_I, _N), (_I, _N)],
    [(_N, _N), _U, _U, _U, _U, (_N, _N), (_N, _N)],
    [(0.0, 0.0), _U, (_Z, 0.0), (_Z, _Z), _U, (0.0, 0.0), (0.0, 0.0)],
    [(0.0, 0.0), _U, (0.0, _Z), (0.0, 0.0), _U, (0.0, 0.0), (0.0, 0.0)],
    [(_N, _N), _U, _U, _U, _U, (_N, _N), (_N, _N)],
    [(_I, _N), _U, (_I, _Z), (_I, 0.0), _U, (_I, _N), (_I, _N)],
    [(_N, _N), (_N, _N), (_N, 0.0), (_N, 0.0), (_N, _N), (_N, _N), (_N, _N)],
])


# Arguments.

def _real(x):
    """Converts x to a float as PyFloat_AsDouble does, with its error message."""
    if type(x) is float:
        return x
    tp = type(x)
    if hasattr(tp, "__float__") or hasattr(tp, "__index__"):
        return float(x) if hasattr(tp, "__float__") else float(tp.__index__(x))
    raise TypeError(f"must be real number, not {tp.__name__}")


def _complex(z):
    """Converts z to a complex number as PyComplex_AsCComplex does."""
    if type(z) is complex:
        return z
    method = getattr(type(z), "__complex__", None)
    if method is not None:
        r = method(z)
        if not isinstance(r, complex):
            raise TypeError(f"__complex__ returned non-complex (type {type(r).__name__})")
        return complex(r.real, r.imag)
    return complex(_real(z), 0.0)


def _one(name, args, kwargs):
    if kwargs:
        raise TypeError(f"cmath.{name}() takes no keyword arguments")
    if len(args) != 1:
        raise TypeError(f"cmath.{name}() takes exactly one argument ({len(args)} given)")
    return _complex(args[0])


def _result(z, err):
    if err == _EDOM:
        raise ValueError("math domain error")
    if err == _ERANGE:
        raise OverflowError("math range error")
    return z


# The computations, on complex arguments.

def _abs(z):
    re, im = z.real, z.imag
    if not (_finite(re) and _finite(im)):
        if math.isinf(re):
            return abs(re), _OK
        if math.isinf(im):
            return abs(im), _OK
        return math.nan, _OK
    r = math.hypot(re, im)
    return r, (_OK if _finite(r) else _ERANGE)


def _phase(z):
    re, im = z.real, z.imag
    if math.isnan(re) or math.isnan(im):
        return math.nan
    if math.isinf(im):
        if math.isinf(re):
            return math.copysign(0.25 * math.pi if re > 0 else 0.75 * math.pi, im)
        return math.copysign(0.5 * math.pi, im)
    if math.isinf(re) or im == 0:
        if math.copysign(1.0, re) > 0:
            return math.copysign(0.0, im)
        return math.copysign(math.pi, im)
    return math.atan2(im, re)


def _range_check(re, im):
    if math.isinf(re) or math.isinf(im):
        return complex(re, im), _ERANGE
    return complex(re, im), _OK


def _sqrt(z):
    re, im = z.real, z.imag
    if not (_finite(re) and _finite(im)):
        return _special(_SQRT, re, im), _OK
    if re == 0 and im == 0:
        return complex(0.0, im), _OK
    ax, ay = abs(re), abs(im)
    if ax < _DBL_MIN and ay < _DBL_MIN:
        ax = math.ldexp(ax, _SCALE_UP)
        s = math.ldexp(math.sqrt(ax + math.hypot(ax, math.ldexp(ay, _SCALE_UP))), _SCALE_DOWN)
    else:
        ax /= 8.0
        s = 2.0 * math.sqrt(ax + math.hypot(ax, ay / 8.0))
    d = ay / (2.0 * s)
    if re >= 0:
        return complex(s, math.copysign(d, im)), _OK
    return complex(d, math.copysign(s, im)), _OK


def _infinite_part(sign_re, sign_im, im):
    # The result for an infinite real part and a finite non-zero imaginary part of exp,
    # cosh and sinh: infinities signed by cos(im) and sin(im).
    return complex(sign_re * math.copysign(math.inf, math.cos(im)),
                   sign_im * math.copysign(math.inf, math.sin(im)))


def _exp_c(z):
    re, im = z.real, z.imag
    if not (_finite(re) and _finite(im)):
        if math.isinf(re) and _finite(im) and im != 0:
            if re > 0:
                r = _infinite_part(1.0, 1.0, im)
            else:
                r = complex(math.copysign(0.0, math.cos(im)), math.copysign(0.0, math.sin(im)))
        else:
            r = _special(_EXP, re, im)
        if math.isinf(im) and (_finite(re) or re == math.inf):
            return r, _EDOM
        return r, _OK
    if re > _LOG_LARGE_DOUBLE:
        l = _exp(re - 1.0)
        return _range_check(l * math.cos(im) * math.e, l * math.sin(im) * math.e)
    l = _exp(re)
    return _range_check(l * math.cos(im), l * math.sin(im))


def _log(z):
    re, im = z.real, z.imag
    if not (_finite(re) and _finite(im)):
        return _special(_LOG, re, im), _OK
    ax, ay = abs(re), abs(im)
    if ax > _LARGE_DOUBLE or ay > _LARGE_DOUBLE:
        r = math.log(math.hypot(ax / 2.0, ay / 2.0)) + _LN2
    elif ax < _DBL_MIN and ay < _DBL_MIN:
        if ax > 0 or ay > 0:
            r = math.log(math.hypot(math.ldexp(ax, _MANT_DIG), math.ldexp(ay, _MANT_DIG))) - _MANT_DIG * _LN2
        else:
            return complex(-math.inf, math.atan2(im, re)), _EDOM
    else:
        h = math.hypot(ax, ay)
        if 0.71 <= h <= 1.73:
            am, an = max(ax, ay), min(ax, ay)
            r = math.log1p((am - 1) * (am + 1) + an * an) / 2
        else:
            r = math.log(h)
    return complex(r, math.atan2(im, re)), _OK


def _quot(a, b):
    abs_br, abs_bi = abs(b.real), abs(b.imag)
    if abs_br >= abs_bi:
        if abs_br == 0:
            return complex(0.0, 0.0), _EDOM
        ratio = b.imag / b.real
        denom = b.real + b.imag * ratio
        return complex((a.real + a.imag * ratio) / denom, (a.imag - a.real * ratio) / denom), _OK
    if abs_bi >= abs_br:
        ratio = b.real / b.imag
        denom = b.real * ratio + b.imag
        return complex((a.real * ratio + a.imag) / denom, (a.imag * ratio - a.real) / denom), _OK
    return complex(math.nan, math.nan), _OK


def _cosh_c(z):
    re, im = z.real, z.imag
    if not (_finite(re) and _finite(im)):
        if math.isinf(re) and _finite(im) and im != 0:
            r = _infinite_part(1.0, 1.0 if re > 0 else -1.0, im)
        else:
            r = _special(_COSH, re, im)
        if math.isinf(im) and not math.isnan(re):
            return r, _EDOM
        return r, _OK
    if abs(re) > _LOG_LARGE_DOUBLE:
        x1 = re - math.copysign(1.0, re)
        return _range_check(math.cos(im) * _cosh(x1) * math.e, math.sin(im) * _sinh(x1) * math.e)
    return _range_check(math.cos(im) * _cosh(re), math.sin(im) * _sinh(re))


def _sinh_c(z):
    re, im = z.real, z.imag
    if not (_finite(re) and _finite(im)):
        if math.isinf(re) and _finite(im) and im != 0:
            r = _infinite_part(1.0 if re > 0 else -1.0, 1.0, im)
        else:
            r = _special(_SINH, re, im)
        if math.isinf(im) and not math.isnan(re):
            return r, _EDOM
        return r, _OK
    if abs(re) > _LOG_LARGE_DOUBLE:
        x1 = re - math.copysign(1.0, re)
        return _range_check(math.cos(im) * _sinh(x1) * math.e, math.sin(im) * _cosh(x1) * math.e)
    return _range_check(math.cos(im) * _sinh(re), math.sin(im) * _cosh(re))


def _tanh_c(z):
    re, im = z.real, z.imag
    if not (_finite(re) and _finite(im)):
        if math.isinf(re) and _finite(im) and im != 0:
            r = complex(math.copysign(1.0, re), math.copysign(0.0, 2.0 * math.sin(im) * math.cos(im)))
        else:
            r = _special(_TANH, re, im)
        if math.isinf(im) and _finite(re):
            return r, _EDOM
        return r, _OK
    if abs(re) > _LOG_LARGE_DOUBLE:
        return complex(math.copysign(1.0, re),
                       4.0 * math.sin(im) * math.cos(im) * math.exp(-2.0 * abs(re))), _OK
    tx, ty = math.tanh(re), math.tan(im)
    cx = 1.0 / _cosh(re)
    txty = tx * ty
    denom = 1.0 + txty * txty
    return complex(tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx), _OK


def _asinh_c(z):
    re, im = z.real, z.imag
    if not (_finite(re) and _finite(im)):
        return _special(_ASINH, re, im), _OK
    if abs(re) > _LARGE_DOUBLE or abs(im) > _LARGE_DOUBLE:
        l = math.log(math.hypot(re / 2.0, im / 2.0)) + _LN2 * 2.0
        r = math.copysign(l, re) if im >= 0 else -math.copysign(l, -re)
        return complex(r, math.atan2(im, abs(re))), _OK
    s1, _ = _sqrt(complex(1.0 + im, -re))
    s2, _ = _sqrt(complex(1.0 - im, re))
    return complex(math.asinh(s1.real * s2.imag - s2.real * s1.imag),
                   math.atan2(im, s1.real * s2.real - s1.imag * s2.imag)), _OK


def _acos_c(z):
    re, im = z.real, z.imag
    if not (_finite(re) and _finite(im)):
        return _special(_ACOS, re, im), _OK
    if abs(re) > _LARGE_DOUBLE or abs(im) > _LARGE_DOUBLE:
        r = math.atan2(abs(im), re)
        l = math.log(math.hypot(re / 2.0, im / 2.0)) + _LN2 * 2.0
        if re < 0:
            return complex(r, -math.copysign(l, im)), _OK
        return complex(r, math.copysign(l, -im)), _OK
    s1, _ = _sqrt(complex(1.0 - re, -im))
    s2, _ = _sqrt(complex(1.0 + re, im))
    return complex(2.0 * math.atan2(s1.real, s2.real),
                   math.asinh(s2.real * s1.imag - s2.imag * s1.real)), _OK


def _acosh_c(z):
    re, im = z.real, z.imag
    if not (_finite(re) and _finite(im)):
        return _special(_ACOSH, re, im), _OK
    if abs(re) > _LARGE_DOUBLE or abs(im) > _LARGE_DOUBLE:
        return complex(math.log(math.hypot(re / 2.0, im / 2.0)) + _LN2 * 2.0, math.atan2(im, re)), _OK
    s1, _ = _sqrt(complex(re - 1.0, im))
    s2, _ = _sqrt(complex(re + 1.0, im))
    return complex(math.asinh(s1.real * s2.real + s1.imag * s2.imag),
                   2.0 * math.atan2(s1.imag, s2.real)), _OK


def _atanh_c(z):
    re, im = z.real, z.imag
    if not (_finite(re) and _finite(im)):
        return _special(_ATANH, re, im), _OK
    if re < 0:
        r, err = _atanh_c(complex(-re, -im))
        return complex(-r.real, -r.imag), err
    ay = abs(im)
    if re > _SQRT_LARGE_DOUBLE or ay > _SQRT_LARGE_DOUBLE:
        h = math.hypot(re / 2.0, im / 2.0)
        return complex(re / 4.0 / h / h, -math.copysign(math.pi / 2.0, -im)), _OK
    if re == 1 and ay < _SQRT_DBL_MIN:
        if ay == 0:
            return complex(math.inf, im), _EDOM
        return complex(-math.log(math.sqrt(ay) / math.sqrt(math.hypot(ay, 2.0))),
                       math.copysign(math.atan2(2.0, -ay) / 2.0, im)), _OK
    return complex(math.log1p(4.0 * re / ((1.0 - re) * (1.0 - re) + ay * ay)) / 4.0,
                   -math.atan2(-2.0 * im, (1.0 - re) * (1.0 + re) - ay * ay) / 2.0), _OK


def _rotated(f, z):
    # sin, tan, asin and atan are sinh, tanh, asinh and atanh of i*z, times -i.
    s, err = f(complex(-z.imag, z.real))
    return complex(s.imag, -s.real), err


# The module's functions.

def sqrt(*args, **kwargs):
    """Return the square root of z."""
    return _result(*_sqrt(_one("sqrt", args, kwargs)))


def exp(*args, **kwargs):
    """Return the exponential value e**z."""
    return _result(*_exp_c(_one("exp", args, kwargs)))


def log10(*args, **kwargs):
    """Return the base-10 logarithm of z."""
    r, err = _log(_one("log10", args, kwargs))
    return _result(complex(r.real / _LN10, r.imag / _LN10), err)


def cosh(*args, **kwargs):
    """Return the hyperbolic cosine of z."""
    return _result(*_cosh_c(_one("cosh", args, kwargs)))


def sinh(*args, **kwargs):
    """Return the hyperbolic sine of z."""
    return _result(*_sinh_c(_one("sinh", args, kwargs)))


def tanh(*args, **kwargs):
    """Return the hyperbolic tangent of z."""
    return _result(*_tanh_c(_one("tanh", args, kwargs)))


def cos(*args, **kwargs):
    """Return the cosine of z."""
    z = _one("cos", args, kwargs)
    return _result(*_cosh_c(complex(-z.imag, z.real)))


def sin(*args, **kwargs):
    """Return the sine of z."""
    return _result(*_rotated(_sinh_c, _one("sin", args, kwargs)))


def tan(*args, **kwargs):
    """Return the tangent of z."""
    return _result(*_rotated(_tanh_c, _one("tan", args, kwargs)))


def acos(*args, **kwargs):
    """Return the arc cosine of z."""
    return _result(*_acos_c(_one("acos", args, kwargs)))


def acosh(*args, **kwargs):
    """Return the inverse hyperbolic cosine of z."""
    return _result(*_acosh_c(_one("acosh", args, kwargs)))


def asinh(*args, **kwargs):
    """Return the inverse hyperbolic sine of z."""
    return _result(*_asinh_c(_one("asinh", args, kwargs)))


def atanh(*args, **kwargs):
    """Return the inverse hyperbolic tangent of z."""
    return _result(*_atanh_c(_one("atanh", args, kwargs)))


def asin(*args, **kwargs):
    """Return the arc sine of z."""
    return _result(*_rotated(_asinh_c, _one("asin", args, kwargs)))


def atan(*args, **kwargs):
    """Return the arc tangent of z."""
    return _result(*_rotated(_atanh_c, _one("atan", args, kwargs)))


def log(*args):
    """log(z[, base]) -> the logarithm of z to the given base.

If the base is not specified, returns the natural logarithm (base e) of z."""
    if not 1 <= len(args) <= 2:
        if args:
            raise TypeError(f"log expected at most 2 arguments, got {len(args)}")
        raise TypeError("log expected at least 1 argument, got 0")
    r, err = _log(_complex(args[0]))
    if len(args) == 2:
        lb, err2 = _log(_complex(args[1]))
        # As in CPython, the base's logarithm resets errno, so log(0, base) is not an error.
        r, err3 = _quot(r, lb)
        err = max(err2, err3)
    return _result(r, err)


def phase(*args, **kwargs):
    """Return argument, also known as the phase angle, of a complex."""
    z = _one("phase", args, kwargs)
    phi = _phase(z)
    if phi == 0 and z.imag != 0 and _finite(z.real) and _finite(z.imag):
        # CPython checks errno after atan2, which the C library sets when the result
        # underflows to zero.
        raise OverflowError("math range error")
    return phi


def polar(*args, **kwargs):
    """Convert a complex from rectangular coordinates to polar coordinates.

r is the distance from 0 and phi the phase angle."""
    z = _one("polar", args, kwargs)
    phi = _phase(z)
    r, err = _abs(z)
    return _result((r, phi), err)


def rect(*args):
    """Convert from polar coordinates to rectangular coordinates."""
    if len(args) != 2:
        raise TypeError(f"rect expected 2 arguments, got {len(args)}")
    r, phi = _real(args[0]), _real(args[1])
    if not (_finite(r) and _finite(phi)):
        if math.isinf(r) and _finite(phi) and phi != 0:
            sign = 1.0 if r > 0 else -1.0
            z = _infinite_part(sign, sign, phi)
        else:
            z = _special(_RECT, r, phi)
        if r != 0 and not math.isnan(r) and math.isinf(phi):
            raise ValueError("math domain error")
        return z
    if phi == 0:
        return complex(r, r * phi)
    return complex(r * math.cos(phi), r * math.sin(phi))


def isfinite(*args, **kwargs):
    """Return True if both the real and imaginary parts of z are finite, else False."""
    z = _one("isfinite", args, kwargs)
    return _finite(z.real) and _finite(z.imag)


def isinf(*args, **kwargs):
    """Checks if the real or imaginary part of z is infinite."""
    z = _one("isinf", args, kwargs)
    return math.isinf(z.real) or math.isinf(z.imag)


def isnan(*args, **kwargs):
    """Checks if the real or imaginary part of z not a number (NaN)."""
    z = _one("isnan", args, kwargs)
    return math.isnan(z.real) or math.isnan(z.imag)


_NO_ARG = object()


def isclose(*args, rel_tol=_NO_ARG, abs_tol=_NO_ARG):
    """Determine whether two complex numbers are close in value."""
    if len(args) != 2:
        if len(args) > 2:
            raise TypeError(f"isclose() takes exactly 2 positional arguments ({len(args)} given)")
        name = "ab"[len(args)]
        raise TypeError(f"isclose() missing required argument '{name}' (pos {len(args) + 1})")
    a, b = _complex(args[0]), _complex(args[1])
    rel = 1e-09 if rel_tol is _NO_ARG else _real(rel_tol)
    tol = 0.0 if abs_tol is _NO_ARG else _real(abs_tol)
    if rel < 0 or tol < 0:
        raise ValueError("tolerances must be non-negative")
    if a == b:
        return True
    if math.isinf(a.real) or math.isinf(a.imag) or math.isinf(b.real) or math.isinf(b.imag):
        return False
    diff, _ = _abs(complex(a.real - b.real, a.imag - b.imag))
    return diff <= rel * _abs(b)[0] or diff <= rel * _abs(a)[0] or diff <= tol
