"""Decimal fixed- and floating-point arithmetic (the General Decimal Arithmetic model).

The common part of CPython's decimal module: Decimal construction, exact conversion from
float, arithmetic rounded to the context's precision with the eight rounding modes,
quantize, sqrt, comparisons, hashing, str/repr/format, contexts and signals (raised as the C
implementation raises them, e.g. "[<class 'decimal.ConversionSyntax'>]").
Non-integral powers, exp, ln and log10 raise NotImplementedError in Asobiba.
"""

import math as _math
import numbers as _numbers
import re as _re
import sys as _sys
from collections import namedtuple as _namedtuple

__all__ = ["Decimal", "Context", "DecimalTuple", "DefaultContext", "BasicContext",
           "ExtendedContext", "DecimalException", "Clamped", "InvalidOperation",
           "DivisionByZero", "Inexact", "Rounded", "Subnormal", "Overflow", "Underflow",
           "FloatOperation", "DivisionImpossible", "InvalidContext", "ConversionSyntax",
           "DivisionUndefined", "ROUND_DOWN", "ROUND_HALF_UP", "ROUND_HALF_EVEN",
           "ROUND_CEILING", "ROUND_FLOOR", "ROUND_UP", "ROUND_HALF_DOWN", "ROUND_05UP",
           "setcontext", "getcontext", "localcontext", "MAX_PREC", "MAX_EMAX", "MIN_EMIN",
           "MIN_ETINY", "HAVE_THREADS", "HAVE_CONTEXTVAR"]

__version__ = "1.70"
__libmpdec_version__ = "2.5.1"

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True

ROUND_DOWN = "ROUND_DOWN"
ROUND_HALF_UP = "ROUND_HALF_UP"
ROUND_HALF_EVEN = "ROUND_HALF_EVEN"
ROUND_CEILING = "ROUND_CEILING"
ROUND_FLOOR = "ROUND_FLOOR"
ROUND_UP = "ROUND_UP"
ROUND_HALF_DOWN = "ROUND_HALF_DOWN"
ROUND_05UP = "ROUND_05UP"

_ROUNDINGS = (ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR,
              ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP)


class DecimalException(ArithmeticError):
    pass


class Clamped(DecimalException):
    pass


class InvalidOperation(DecimalException):
    pass


class ConversionSyntax(InvalidOperation):
    pass


class DivisionByZero(DecimalException, ZeroDivisionError):
    pass


class DivisionImpossible(InvalidOperation):
    pass


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    pass


class Inexact(DecimalException):
    pass


class InvalidContext(InvalidOperation):
    pass


class Rounded(DecimalException):
    pass


class Subnormal(DecimalException):
    pass


class Overflow(Inexact, Rounded):
    pass


class Underflow(Inexact, Rounded, Subnormal):
    pass


class FloatOperation(DecimalException, TypeError):
    pass


# In the order of the C implementation's signal dicts.
_signals = [InvalidOperation, FloatOperation, DivisionByZero, Overflow, Underflow, Subnormal,
            Inexact, Rounded, Clamped]

# The order in which Context's repr lists flags and traps (libmpdec's condition bits; a
# trapped InvalidOperation comes first).
_repr_order = [Clamped, InvalidOperation, DivisionByZero, Inexact, FloatOperation, Overflow,
               Rounded, Subnormal, Underflow]

# The condition a signal is raised for, and the signal that a trap on it checks.
_condition_map = {ConversionSyntax: InvalidOperation, DivisionImpossible: InvalidOperation,
                  DivisionUndefined: InvalidOperation, InvalidContext: InvalidOperation}


def _signal_order_name(s):
    return s.__name__


DecimalTuple = _namedtuple("DecimalTuple", "sign digits exponent", module="decimal")


class _SignalDict(dict):
    def __repr__(self):
        return "{" + ", ".join("<class 'decimal.%s'>:%s" % (k.__name__, v)
                               for k, v in self.items()) + "}"


class Context:
    """Precision, rounding, exponent limits, and which signals raise (traps) or were seen
    (flags)."""

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None,
                 clamp=None, flags=None, traps=None, _ignored_flags=None):
        dc = DefaultContext if "DefaultContext" in globals() else None
        self.prec = prec if prec is not None else (dc.prec if dc else 28)
        self.rounding = rounding if rounding is not None else (dc.rounding if dc else
                                                                ROUND_HALF_EVEN)
        self.Emin = Emin if Emin is not None else (dc.Emin if dc else -999999)
        self.Emax = Emax if Emax is not None else (dc.Emax if dc else 999999)
        self.capitals = capitals if capitals is not None else (dc.capitals if dc else 1)
        self.clamp = clamp if clamp is not None else (dc.clamp if dc else 0)
        if traps is None:
            self.traps = _SignalDict((s, bool(dc.traps[s]) if dc else
                                      s in (InvalidOperation, DivisionByZero, Overflow))
                                     for s in _signals)
        elif not isinstance(traps, dict):
            self.traps = _SignalDict((s, int(s in traps)) for s in _signals + traps)
        else:
            self.traps = _SignalDict((s, bool(traps.get(s, False))) for s in _signals)
        if flags is None:
            self.flags = _SignalDict.fromkeys(_signals, False)
            self.flags = _SignalDict(self.flags)
        elif not isinstance(flags, dict):
            self.flags = _SignalDict((s, int(s in flags)) for s in _signals + flags)
        else:
            self.flags = _SignalDict((s, bool(flags.get(s, False))) for s in _signals)

    def __setattr__(self, name, value):
        if name == "prec":
            if not isinstance(value, int):
                raise TypeError("an integer is required")
            if not 1 <= value <= MAX_PREC:
                raise ValueError("valid range for prec is [1, MAX_PREC]")
        elif name == "rounding":
            if value not in _ROUNDINGS:
                raise TypeError("valid values for rounding are:\n  [ROUND_CEILING, "
                                "ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n   ROUND_HALF_UP, "
                                "ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n   ROUND_05UP]")
        elif name == "Emin":
            if value > 0:
                raise ValueError("valid range for Emin is [MIN_EMIN, 0]")
        elif name == "Emax":
            if value < 0:
                raise ValueError("valid range for Emax is [0, MAX_EMAX]")
        object.__setattr__(self, name, value)

    def __repr__(self):
        flags = [s.__name__ for s in _repr_order if self.flags.get(s)]
        traps = [s.__name__ for s in _repr_order if self.traps.get(s) and
                 s is not InvalidOperation]
        if self.traps.get(InvalidOperation):
            traps.insert(0, "InvalidOperation")
        return ("Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, clamp=%d, "
                "flags=[%s], traps=[%s])" % (self.prec, self.rounding, self.Emin, self.Emax,
                                             self.capitals, self.clamp, ", ".join(flags),
                                             ", ".join(traps)))

    def clear_flags(self):
        for flag in self.flags:
            self.flags[flag] = False

    def clear_traps(self):
        for flag in self.traps:
            self.traps[flag] = False

    def copy(self):
        return Context(self.prec, self.rounding, self.Emin, self.Emax, self.capitals,
                       self.clamp, dict(self.flags), dict(self.traps))

    __copy__ = copy

    def Etiny(self):
        return int(self.Emin - self.prec + 1)

    def Etop(self):
        return int(self.Emax - self.prec + 1)

    def _raise_error(self, condition, explanation=None, *args):
        signal = _condition_map.get(condition, condition)
        self.flags[signal] = True
        if self.traps.get(signal):
            raise signal([condition])
        return None

    def create_decimal(self, num="0"):
        d = Decimal(num, context=self)
        return d._fix(self)

    def create_decimal_from_float(self, f):
        return Decimal.from_float(f)._fix(self)

    def abs(self, a):
        return _convert(a, True).__abs__(context=self)

    def add(self, a, b):
        return _convert(a, True).__add__(b, context=self)

    def subtract(self, a, b):
        return _convert(a, True).__sub__(b, context=self)

    def multiply(self, a, b):
        return _convert(a, True).__mul__(b, context=self)

    def divide(self, a, b):
        return _convert(a, True).__truediv__(b, context=self)

    def divide_int(self, a, b):
        return _convert(a, True).__floordiv__(b, context=self)

    def remainder(self, a, b):
        return _convert(a, True).__mod__(b, context=self)

    def power(self, a, b, modulo=None):
        return _convert(a, True).__pow__(b, modulo, context=self)

    def plus(self, a):
        return _convert(a, True).__pos__(context=self)

    def minus(self, a):
        return _convert(a, True).__neg__(context=self)

    def sqrt(self, a):
        return _convert(a, True).sqrt(context=self)

    def quantize(self, a, b):
        return _convert(a, True).quantize(b, context=self)

    def compare(self, a, b):
        return _convert(a, True).compare(b, context=self)

    def to_sci_string(self, a):
        return _convert(a, True).__str__(context=self)

    def to_eng_string(self, a):
        return _convert(a, True).to_eng_string(context=self)

    def is_zero(self, a):
        return _convert(a, True).is_zero()


_current_context = None


def getcontext():
    """The current context (one per thread in CPython; one per run here)."""
    global _current_context
    if _current_context is None:
        _current_context = Context()
    return _current_context


def setcontext(context):
    global _current_context
    if context in (DefaultContext, BasicContext, ExtendedContext):
        context = context.copy()
        context.clear_flags()
    _current_context = context


class _ContextManager:
    def __init__(self, new_context):
        self.new_context = new_context.copy()

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, t, v, tb):
        setcontext(self.saved_context)


def localcontext(ctx=None, **kwargs):
    """A with-block in which a copy of ctx (or of the current context) is current."""
    if ctx is None:
        ctx = getcontext()
    ctx_manager = _ContextManager(ctx)
    for key, value in kwargs.items():
        if key not in ("prec", "rounding", "Emin", "Emax", "capitals", "clamp", "flags",
                       "traps"):
            raise TypeError(f"'{key}' is an invalid keyword argument for this function")
        setattr(ctx_manager.new_context, key, value)
    return ctx_manager


_parser = _re.compile(r"""
    (?P<sign>[-+])?
    (
        (?:(?P<int>\d+)(?:\.(?P<frac>\d*))?|\.(?P<frac2>\d+))
        (E(?P<exp>[-+]?\d+))?
    |
        Inf(inity)?
    |
        (?P<signal>s)?
        NaN
        (?P<diag>\d*)
    )
    \Z
""", _re.VERBOSE | _re.IGNORECASE).match


def _all_zeros(s, i):
    return s[i:].strip("0") == ""


def _exact_half(s, i):
    return s[i:i + 1] == "5" and _all_zeros(s, i + 1)


class Decimal:
    """An exact decimal number: sign, coefficient digits and exponent (or a special value)."""

    __slots__ = ("_exp", "_int", "_sign", "_is_special")

    def __new__(cls, value="0", context=None):
        self = object.__new__(cls)
        if isinstance(value, str):
            m = _parser(value.strip().replace("_", ""))
            if m is None or ("_" in value and ("__" in value or value.strip()[:1] == "_" or
                                               value.strip()[-1:] == "_")):
                if context is None:
                    context = getcontext()
                context._raise_error(ConversionSyntax, "Invalid literal for Decimal: %r" % value)
                return _dec_from_triple(0, "", "n", True) if cls is Decimal else \
                    cls(_dec_from_triple(0, "", "n", True))
            self._sign = 1 if m.group("sign") == "-" else 0
            intpart = m.group("int")
            if intpart is None and m.group("frac2") is not None:
                intpart = ""
            if intpart is not None:
                fracpart = m.group("frac") or m.group("frac2") or ""
                exp = int(m.group("exp") or "0")
                self._int = str(int(intpart + fracpart or "0"))
                self._exp = exp - len(fracpart)
                self._is_special = False
            else:
                diag = m.group("diag")
                if diag is not None:
                    self._int = str(int(diag or "0")).lstrip("0")
                    self._exp = "N" if m.group("signal") else "n"
                else:
                    self._int = "0"
                    self._exp = "F"
                self._is_special = True
            return self
        if isinstance(value, int):
            self._sign = 1 if value < 0 else 0
            self._exp = 0
            self._int = str(abs(value))
            self._is_special = False
            return self
        if isinstance(value, Decimal):
            self._exp = value._exp
            self._sign = value._sign
            self._int = value._int
            self._is_special = value._is_special
            return self
        if isinstance(value, (list, tuple)):
            if len(value) != 3:
                raise ValueError("Invalid tuple size in creation of Decimal from list or "
                                 "tuple.  The list or tuple should have exactly three "
                                 "elements.")
            if not (isinstance(value[0], int) and value[0] in (0, 1)):
                raise ValueError("sign must be an integer with the value 0 or 1")
            self._sign = value[0]
            if value[2] == "F":
                self._int = "0"
                self._exp = value[2]
                self._is_special = True
            else:
                digits = []
                for digit in value[1]:
                    if isinstance(digit, int) and 0 <= digit <= 9:
                        if digits or digit != 0:
                            digits.append(digit)
                    else:
                        raise ValueError("The second value in the tuple must be composed of "
                                         "integers in the range 0 through 9.")
                if value[2] in ("n", "N"):
                    self._int = "".join(map(str, digits))
                    self._exp = value[2]
                    self._is_special = True
                elif isinstance(value[2], int):
                    self._int = "".join(map(str, digits or [0]))
                    self._exp = value[2]
                    self._is_special = False
                else:
                    raise ValueError("The third value in the tuple must be an integer, or one "
                                     "of the strings 'F', 'n', 'N'.")
            return self
        if isinstance(value, float):
            if context is None:
                context = getcontext()
            context._raise_error(FloatOperation, "strict semantics for mixing floats and "
                                 "Decimals are enabled") if context.traps.get(FloatOperation) \
                else context.flags.__setitem__(FloatOperation, True)
            value = Decimal.from_float(value)
            self._exp = value._exp
            self._sign = value._sign
            self._int = value._int
            self._is_special = value._is_special
            return self
        raise TypeError("conversion from %s to Decimal is not supported" % type(value).__name__)

    @classmethod
    def from_float(cls, f):
        """The exact value of a float (or int) as a Decimal."""
        if isinstance(f, int):
            sign = 0 if f >= 0 else 1
            k = 0
            coeff = str(abs(f))
        elif isinstance(f, float):
            if _math.isinf(f) or _math.isnan(f):
                return cls(repr(f))
            if _math.copysign(1.0, f) == 1.0:
                sign = 0
            else:
                sign = 1
            n, d = abs(f).as_integer_ratio()
            k = d.bit_length() - 1
            coeff = str(n * 5 ** k)
        else:
            raise TypeError("argument must be int or float.")
        result = _dec_from_triple(sign, coeff, -k)
        if cls is Decimal:
            return result
        return cls(result)

    def _isnan(self):
        if self._is_special:
            exp = self._exp
            if exp == "n":
                return 1
            elif exp == "N":
                return 2
        return 0

    def _isinfinity(self):
        if self._exp == "F":
            return -1 if self._sign else 1
        return 0

    def _check_nans(self, other=None, context=None):
        self_is_nan = self._isnan()
        other_is_nan = other._isnan() if other is not None else False
        if self_is_nan or other_is_nan:
            if context is None:
                context = getcontext()
            if self_is_nan == 2 or other_is_nan == 2:
                context._raise_error(InvalidOperation, "sNaN")
            return self if self_is_nan else other
        return 0

    def __bool__(self):
        return self._is_special or self._int != "0"

    def _cmp(self, other):
        # -1, 0 or 1 as self is below, equal to or above other (neither a NaN).
        if self._is_special or other._is_special:
            self_inf = self._isinfinity()
            other_inf = other._isinfinity()
            if self_inf == other_inf:
                return 0
            elif self_inf < other_inf:
                return -1
            else:
                return 1
        if not self:
            if not other:
                return 0
            return -((-1) ** other._sign)
        if not other:
            return (-1) ** self._sign
        if other._sign < self._sign:
            return -1
        if self._sign < other._sign:
            return 1
        self_adjusted = self.adjusted()
        other_adjusted = other.adjusted()
        if self_adjusted == other_adjusted:
            self_padded = self._int + "0" * (self._exp - other._exp)
            other_padded = other._int + "0" * (other._exp - self._exp)
            if self_padded == other_padded:
                return 0
            elif self_padded < other_padded:
                return -(-1) ** self._sign
            else:
                return (-1) ** self._sign
        elif self_adjusted > other_adjusted:
            return (-1) ** self._sign
        else:
            return -((-1) ** self._sign)

    def __eq__(self, other, context=None):
        self, other = _convert_for_comparison(self, other, equality_op=True)
        if other is NotImplemented:
            return other
        if self._isnan() or other._isnan():
            return False
        return self._cmp(other) == 0

    def _compare_check_nans(self, other, context):
        if context is None:
            context = getcontext()
        if self._is_special or other._is_special:
            if self._isnan() == 2 or other._isnan() == 2:
                context._raise_error(InvalidOperation, "comparison involving sNaN")
                return True
            if self._isnan() or other._isnan():
                context._raise_error(InvalidOperation, "comparison involving NaN")
                return True
        return False

    def __lt__(self, other, context=None):
        self, other = _convert_for_comparison(self, other)
        if other is NotImplemented:
            return other
        if self._compare_check_nans(other, context):
            return False
        return self._cmp(other) < 0

    def __le__(self, other, context=None):
        self, other = _convert_for_comparison(self, other)
        if other is NotImplemented:
            return other
        if self._compare_check_nans(other, context):
            return False
        return self._cmp(other) <= 0

    def __gt__(self, other, context=None):
        self, other = _convert_for_comparison(self, other)
        if other is NotImplemented:
            return other
        if self._compare_check_nans(other, context):
            return False
        return self._cmp(other) > 0

    def __ge__(self, other, context=None):
        self, other = _convert_for_comparison(self, other)
        if other is NotImplemented:
            return other
        if self._compare_check_nans(other, context):
            return False
        return self._cmp(other) >= 0

    def compare(self, other, context=None):
        other = _convert(other, True)
        if self._is_special or (other and other._is_special):
            ans = self._check_nans(other, context)
            if ans:
                return ans
        return Decimal(self._cmp(other))

    def __hash__(self):
        if self._is_special:
            if self.is_snan():
                raise TypeError("Cannot hash a signaling NaN value.")
            elif self.is_nan():
                return object.__hash__(self)
            else:
                if self._sign:
                    return -_sys.hash_info.inf
                else:
                    return _sys.hash_info.inf
        modulus = _sys.hash_info.modulus
        if self._exp >= 0:
            exp_hash = pow(10, self._exp, modulus)
        else:
            exp_hash = pow(pow(10, modulus - 2, modulus), -self._exp, modulus)
        hash_ = int(self._int) * exp_hash % modulus
        ans = hash_ if self >= 0 else -hash_
        return -2 if ans == -1 else ans

    def as_tuple(self):
        return DecimalTuple(self._sign, tuple(map(int, self._int)), self._exp)

    def as_integer_ratio(self):
        if self._is_special:
            if self.is_nan():
                raise ValueError("cannot convert NaN to integer ratio")
            else:
                raise OverflowError("cannot convert Infinity to integer ratio")
        if not self:
            return 0, 1
        n = int(self._int)
        if self._exp >= 0:
            n, d = n * 10 ** self._exp, 1
        else:
            d5 = -self._exp
            while d5 > 0 and n % 5 == 0:
                n //= 5
                d5 -= 1
            d2 = -self._exp
            shift2 = min((n & -n).bit_length() - 1, d2)
            if shift2:
                n >>= shift2
                d2 -= shift2
            d = 5 ** d5 << d2
        if self._sign:
            n = -n
        return n, d

    def __repr__(self):
        return "Decimal('%s')" % str(self)

    def __str__(self, eng=False, context=None):
        sign = ["", "-"][self._sign]
        if self._is_special:
            if self._exp == "F":
                return sign + "Infinity"
            elif self._exp == "n":
                return sign + "NaN" + self._int
            else:
                return sign + "sNaN" + self._int
        leftdigits = self._exp + len(self._int)
        if self._exp <= 0 and leftdigits > -6:
            dotplace = leftdigits
        elif not eng:
            dotplace = 1
        elif self._int == "0":
            dotplace = (leftdigits + 1) % 3 - 1
        else:
            dotplace = (leftdigits - 1) % 3 + 1
        if dotplace <= 0:
            intpart = "0"
            fracpart = "." + "0" * (-dotplace) + self._int
        elif dotplace >= len(self._int):
            intpart = self._int + "0" * (dotplace - len(self._int))
            fracpart = ""
        else:
            intpart = self._int[:dotplace]
            fracpart = "." + self._int[dotplace:]
        if leftdigits == dotplace:
            exp = ""
        else:
            if context is None:
                context = getcontext()
            exp = ["e", "E"][context.capitals] + "%+d" % (leftdigits - dotplace)
        return sign + intpart + fracpart + exp

    def to_eng_string(self, context=None):
        return self.__str__(eng=True, context=context)

    def __neg__(self, context=None):
        if self._is_special:
            ans = self._check_nans(context=context)
            if ans:
                return ans
        if context is None:
            context = getcontext()
        if not self and context.rounding != ROUND_FLOOR:
            ans = self.copy_abs()
        else:
            ans = self.copy_negate()
        return ans._fix(context)

    def __pos__(self, context=None):
        if self._is_special:
            ans = self._check_nans(context=context)
            if ans:
                return ans
        if context is None:
            context = getcontext()
        if not self and context.rounding != ROUND_FLOOR:
            ans = self.copy_abs()
        else:
            ans = Decimal(self)
        return ans._fix(context)

    def __abs__(self, round=True, context=None):
        if not round:
            return self.copy_abs()
        if self._is_special:
            ans = self._check_nans(context=context)
            if ans:
                return ans
        if self._sign:
            ans = self.__neg__(context=context)
        else:
            ans = self.__pos__(context=context)
        return ans

    def __add__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        if context is None:
            context = getcontext()
        if self._is_special or other._is_special:
            ans = self._check_nans(other, context)
            if ans:
                return ans
            if self._isinfinity():
                if self._sign != other._sign and other._isinfinity():
                    return context._raise_error(InvalidOperation, "-INF + INF") or _NaN
                return Decimal(self)
            if other._isinfinity():
                return Decimal(other)
        exp = min(self._exp, other._exp)
        negativezero = 0
        if context.rounding == ROUND_FLOOR and self._sign != other._sign:
            negativezero = 1
        if not self and not other:
            sign = min(self._sign, other._sign)
            if negativezero:
                sign = 1
            ans = _dec_from_triple(sign, "0", exp)
            return ans._fix(context)
        a = int(self._int) * 10 ** (self._exp - exp) * (-1 if self._sign else 1)
        b = int(other._int) * 10 ** (other._exp - exp) * (-1 if other._sign else 1)
        total = a + b
        if total == 0:
            ans = _dec_from_triple(negativezero, "0", exp)
            return ans._fix(context)
        ans = _dec_from_triple(1 if total < 0 else 0, str(abs(total)), exp)
        return ans._fix(context)

    __radd__ = __add__

    def __sub__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        if self._is_special or other._is_special:
            ans = self._check_nans(other, context=context)
            if ans:
                return ans
        return self.__add__(other.copy_negate(), context=context)

    def __rsub__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other.__sub__(self, context=context)

    def __mul__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        if context is None:
            context = getcontext()
        resultsign = self._sign ^ other._sign
        if self._is_special or other._is_special:
            ans = self._check_nans(other, context)
            if ans:
                return ans
            if self._isinfinity():
                if not other:
                    return context._raise_error(InvalidOperation, "(+-)INF * 0") or _NaN
                return _SignedInfinity[resultsign]
            if other._isinfinity():
                if not self:
                    return context._raise_error(InvalidOperation, "0 * (+-)INF") or _NaN
                return _SignedInfinity[resultsign]
        resultexp = self._exp + other._exp
        if not self or not other:
            ans = _dec_from_triple(resultsign, "0", resultexp)
            return ans._fix(context)
        ans = _dec_from_triple(resultsign, str(int(self._int) * int(other._int)), resultexp)
        return ans._fix(context)

    __rmul__ = __mul__

    def __truediv__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return NotImplemented
        if context is None:
            context = getcontext()
        sign = self._sign ^ other._sign
        if self._is_special or other._is_special:
            ans = self._check_nans(other, context)
            if ans:
                return ans
            if self._isinfinity() and other._isinfinity():
                return context._raise_error(InvalidOperation, "(+-)INF/(+-)INF") or _NaN
            if self._isinfinity():
                return _SignedInfinity[sign]
            if other._isinfinity():
                return _dec_from_triple(sign, "0", context.Etiny())
        if not other:
            if not self:
                return context._raise_error(DivisionUndefined, "0 / 0") or _NaN
            return context._raise_error(DivisionByZero, "x / 0", sign) or _SignedInfinity[sign]
        if not self:
            exp = self._exp - other._exp
            coeff = 0
        else:
            shift = len(other._int) - len(self._int) + context.prec + 1
            exp = self._exp - other._exp - shift
            if shift >= 0:
                coeff, remainder = divmod(int(self._int) * 10 ** shift, int(other._int))
            else:
                coeff, remainder = divmod(int(self._int), int(other._int) * 10 ** -shift)
            if remainder:
                if coeff % 5 == 0:
                    coeff += 1
            else:
                ideal_exp = self._exp - other._exp
                while exp < ideal_exp and coeff % 10 == 0:
                    coeff //= 10
                    exp += 1
        ans = _dec_from_triple(sign, str(coeff), exp)
        return ans._fix(context)

    def _divide(self, other, context):
        # (a // b, a % b) with the integer part truncated toward zero.
        sign = self._sign ^ other._sign
        if other._isinfinity():
            ideal_exp = self._exp
        else:
            ideal_exp = min(self._exp, other._exp)
        expdiff = self.adjusted() - other.adjusted()
        if not self or other._isinfinity() or expdiff <= -2:
            return (_dec_from_triple(sign, "0", 0), self._rescale(ideal_exp, context.rounding))
        if expdiff <= context.prec:
            a = int(self._int)
            b = int(other._int)
            if self._exp >= other._exp:
                a *= 10 ** (self._exp - other._exp)
            else:
                b *= 10 ** (other._exp - self._exp)
            q, r = divmod(a, b)
            if q < 10 ** context.prec:
                return (_dec_from_triple(sign, str(q), 0),
                        _dec_from_triple(self._sign, str(r), ideal_exp))
        ans = context._raise_error(DivisionImpossible, "quotient too large in //, % or divmod")
        return ans, ans

    def __floordiv__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        if context is None:
            context = getcontext()
        ans = self._check_nans(other, context)
        if ans:
            return ans
        if self._isinfinity():
            if other._isinfinity():
                return context._raise_error(InvalidOperation, "INF // INF") or _NaN
            return _SignedInfinity[self._sign ^ other._sign]
        if not other:
            if self:
                return context._raise_error(DivisionByZero, "x // 0",
                                            self._sign ^ other._sign) or \
                    _SignedInfinity[self._sign ^ other._sign]
            return context._raise_error(DivisionUndefined, "0 // 0") or _NaN
        return self._divide(other, context)[0]

    def __rfloordiv__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other.__floordiv__(self, context=context)

    def __mod__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        if context is None:
            context = getcontext()
        ans = self._check_nans(other, context)
        if ans:
            return ans
        if self._isinfinity():
            return context._raise_error(InvalidOperation, "INF % x") or _NaN
        elif not other:
            if self:
                return context._raise_error(InvalidOperation, "x % 0") or _NaN
            return context._raise_error(DivisionUndefined, "0 % 0") or _NaN
        remainder = self._divide(other, context)[1]
        remainder = remainder._fix(context)
        return remainder

    def __rmod__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other.__mod__(self, context=context)

    def __divmod__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        if context is None:
            context = getcontext()
        ans = self._check_nans(other, context)
        if ans:
            return (ans, ans)
        sign = self._sign ^ other._sign
        if self._isinfinity():
            if other._isinfinity():
                ans = context._raise_error(InvalidOperation, "divmod(INF, INF)") or _NaN
                return ans, ans
            return (_SignedInfinity[sign], context._raise_error(InvalidOperation, "INF % x")
                    or _NaN)
        if not other:
            if not self:
                ans = context._raise_error(DivisionUndefined, "divmod(0, 0)") or _NaN
                return ans, ans
            return (context._raise_error(DivisionByZero, "x // 0", sign) or
                    _SignedInfinity[sign],
                    context._raise_error(InvalidOperation, "x % 0") or _NaN)
        quotient, remainder = self._divide(other, context)
        remainder = remainder._fix(context)
        return quotient, remainder

    def __rdivmod__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other.__divmod__(self, context=context)

    def __rtruediv__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other.__truediv__(self, context=context)

    def __pow__(self, other, modulo=None, context=None):
        if modulo is not None:
            raise NotImplementedError("three-argument pow() of Decimals is not supported in "
                                      "Asobiba")
        other = _convert(other)
        if other is NotImplemented:
            return other
        if context is None:
            context = getcontext()
        ans = self._check_nans(other, context)
        if ans:
            return ans
        if not other:
            if not self:
                return context._raise_error(InvalidOperation, "0 ** 0") or _NaN
            return _One
        if other._is_special or self._is_special or not other._isinteger():
            raise NotImplementedError("Decimal powers with a non-integral or infinite part are "
                                      "not supported in Asobiba")
        n = int(other)
        if not self:
            if n < 0:
                return context._raise_error(DivisionByZero, "0 ** -n") or \
                    _SignedInfinity[self._sign & (n & 1)]
            return _dec_from_triple(self._sign & (n & 1), "0", 0)
        sign = self._sign if n % 2 else 0
        if n > 0:
            coeff = int(self._int) ** n
            ans = _dec_from_triple(sign, str(coeff), self._exp * n)
            return ans._fix(context)
        # A negative power: divide 1 by the positive power, computed exactly when small.
        work = context.copy()
        work.prec = context.prec + 3 + len(str(n))
        pos = _dec_from_triple(0, str(int(self._int) ** (-n)), self._exp * (-n))
        ans = _One.__truediv__(pos, context=work)
        ans = _dec_from_triple(sign, ans._int, ans._exp)
        return ans._fix(context)

    def __rpow__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other.__pow__(self, context=context)

    def _isinteger(self):
        if self._is_special:
            return False
        if self._exp >= 0:
            return True
        rest = self._int[self._exp:]
        return rest == "0" * len(rest)

    def adjusted(self):
        try:
            return self._exp + len(self._int) - 1
        except TypeError:
            return 0

    def _fix(self, context):
        """The value rounded to the context's precision, with overflow handling."""
        if self._is_special:
            if self._isnan():
                return _dec_from_triple(self._sign, self._int, self._exp, True)
            return Decimal(self)
        Etiny = context.Etiny()
        Etop = context.Etop()
        if not self:
            exp_max = [context.Emax, Etop][context.clamp]
            new_exp = min(max(self._exp, Etiny), exp_max)
            if new_exp != self._exp:
                context._raise_error(Clamped)
                return _dec_from_triple(self._sign, "0", new_exp)
            return Decimal(self)
        exp_min = len(self._int) + self._exp - context.prec
        if exp_min > Etop:
            context._raise_error(Inexact)
            context._raise_error(Rounded)
            context._raise_error(Overflow, "above Emax", self._sign)
            return _overflow_result(context, self._sign)
        self_is_subnormal = exp_min < Etiny
        if self_is_subnormal:
            exp_min = Etiny
        if self._exp < exp_min:
            digits = len(self._int) + self._exp - exp_min
            if digits < 0:
                self = _dec_from_triple(self._sign, "1", exp_min - 1)
                digits = 0
            changed = _rounding_fn[context.rounding](self, digits)
            coeff = self._int[:digits] or "0"
            if changed > 0:
                coeff = str(int(coeff) + 1)
                if len(coeff) > context.prec:
                    coeff = coeff[:-1]
                    exp_min += 1
            if exp_min > Etop:
                context._raise_error(Overflow, "above Emax", self._sign)
                return _overflow_result(context, self._sign)
            ans = _dec_from_triple(self._sign, coeff, exp_min)
            if changed and self_is_subnormal:
                context._raise_error(Underflow)
            if self_is_subnormal:
                context._raise_error(Subnormal)
            if changed:
                context._raise_error(Inexact)
            context._raise_error(Rounded)
            return ans
        if self_is_subnormal:
            context._raise_error(Subnormal)
        if context.clamp == 1 and self._exp > Etop:
            context._raise_error(Clamped)
            self_padded = self._int + "0" * (self._exp - Etop)
            return _dec_from_triple(self._sign, self_padded, Etop)
        return Decimal(self)

    def _rescale(self, exp, rounding):
        if self._is_special:
            return Decimal(self)
        if not self:
            return _dec_from_triple(self._sign, "0", exp)
        if self._exp >= exp:
            return _dec_from_triple(self._sign, self._int + "0" * (self._exp - exp), exp)
        digits = len(self._int) + self._exp - exp
        if digits < 0:
            self = _dec_from_triple(self._sign, "1", exp - 1)
            digits = 0
        changed = _rounding_fn[rounding](self, digits)
        coeff = self._int[:digits] or "0"
        if changed == 1:
            coeff = str(int(coeff) + 1)
        return _dec_from_triple(self._sign, coeff, exp)

    def _round(self, places, rounding):
        if places <= 0:
            raise ValueError("argument should be at least 1 in _round")
        if self._is_special or not self:
            return Decimal(self)
        ans = self._rescale(self.adjusted() + 1 - places, rounding)
        if ans.adjusted() != self.adjusted():
            ans = ans._rescale(ans.adjusted() + 1 - places, rounding)
        return ans

    def quantize(self, exp, rounding=None, context=None):
        """self rounded to the exponent of exp (for example Decimal('0.01') for cents)."""
        exp = _convert(exp, raiseit=True)
        if context is None:
            context = getcontext()
        if rounding is None:
            rounding = context.rounding
        if self._is_special or exp._is_special:
            ans = self._check_nans(exp, context)
            if ans:
                return ans
            if exp._isinfinity() or self._isinfinity():
                if exp._isinfinity() and self._isinfinity():
                    return Decimal(self)
                return context._raise_error(InvalidOperation, "quantize with one INF") or _NaN
        if not (context.Etiny() <= exp._exp <= context.Emax):
            return context._raise_error(InvalidOperation, "target exponent out of bounds in "
                                        "quantize") or _NaN
        if not self:
            ans = _dec_from_triple(self._sign, "0", exp._exp)
            return ans._fix(context)
        self_adjusted = self.adjusted()
        if self_adjusted > context.Emax:
            return context._raise_error(InvalidOperation, "exponent of quantize result too "
                                        "large for current context") or _NaN
        if self_adjusted - exp._exp + 1 > context.prec:
            return context._raise_error(InvalidOperation, "quantize result has too many digits "
                                        "for current context") or _NaN
        ans = self._rescale(exp._exp, rounding)
        if ans.adjusted() > context.Emax:
            return context._raise_error(InvalidOperation, "exponent of quantize result too "
                                        "large for current context") or _NaN
        if len(ans._int) > context.prec:
            return context._raise_error(InvalidOperation, "quantize result has too many digits "
                                        "for current context") or _NaN
        if ans and ans.adjusted() < context.Emin:
            context._raise_error(Subnormal)
        if ans._exp > self._exp:
            if ans != self:
                context._raise_error(Inexact)
            context._raise_error(Rounded)
        ans = ans._fix(context)
        return ans

    def same_quantum(self, other, context=None):
        other = _convert(other, raiseit=True)
        if self._is_special or other._is_special:
            return (self.is_nan() and other.is_nan() or
                    self.is_infinite() and other.is_infinite())
        return self._exp == other._exp

    def to_integral_value(self, rounding=None, context=None):
        if context is None:
            context = getcontext()
        if rounding is None:
            rounding = context.rounding
        if self._is_special:
            ans = self._check_nans(context=context)
            if ans:
                return ans
            return Decimal(self)
        if self._exp >= 0:
            return Decimal(self)
        return self._rescale(0, rounding)

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        if context is None:
            context = getcontext()
        ans = self.to_integral_value(rounding, context)
        if ans != self:
            context._raise_error(Inexact)
        if ans._exp != self._exp and not self._is_special:
            context._raise_error(Rounded)
        return ans

    def sqrt(self, context=None):
        if context is None:
            context = getcontext()
        if self._is_special:
            ans = self._check_nans(context=context)
            if ans:
                return ans
            if self._isinfinity() and self._sign == 0:
                return Decimal(self)
        if not self:
            ans = _dec_from_triple(self._sign, "0", self._exp // 2)
            return ans._fix(context)
        if self._sign == 1:
            return context._raise_error(InvalidOperation, "sqrt(-x), x > 0") or _NaN
        prec = context.prec + 1
        e = self._exp >> 1
        if self._exp & 1:
            c = int(self._int) * 10
            l = (len(self._int) >> 1) + 1
        else:
            c = int(self._int)
            l = len(self._int) + 1 >> 1
        shift = prec - l
        if shift >= 0:
            c *= 100 ** shift
            exact = True
        else:
            c, remainder = divmod(c, 100 ** -shift)
            exact = not remainder
        e -= shift
        n = 10 ** prec
        while True:
            q = c // n
            if n <= q:
                break
            else:
                n = n + q >> 1
        exact = exact and n * n == c
        if exact:
            if shift >= 0:
                n //= 10 ** shift
            else:
                n *= 10 ** -shift
            e += shift
        else:
            if n % 5 == 0:
                n += 1
        ans = _dec_from_triple(0, str(n), e)
        work = context.copy()
        work.rounding = ROUND_HALF_EVEN
        ans = ans._fix(work)
        for flag, value in work.flags.items():
            if value:
                context.flags[flag] = True
        return ans

    def normalize(self, context=None):
        if context is None:
            context = getcontext()
        if self._is_special:
            ans = self._check_nans(context=context)
            if ans:
                return ans
        dup = self._fix(context)
        if dup._isinfinity():
            return dup
        if not dup:
            return _dec_from_triple(dup._sign, "0", 0)
        exp_max = [context.Emax, context.Etop()][context.clamp]
        end = len(dup._int)
        exp = dup._exp
        while dup._int[end - 1] == "0" and exp < exp_max:
            exp += 1
            end -= 1
        return _dec_from_triple(dup._sign, dup._int[:end], exp)

    def exp(self, context=None):
        raise NotImplementedError("Decimal.exp is not supported in Asobiba")

    def ln(self, context=None):
        raise NotImplementedError("Decimal.ln is not supported in Asobiba")

    def log10(self, context=None):
        raise NotImplementedError("Decimal.log10 is not supported in Asobiba")

    def scaleb(self, other, context=None):
        other = _convert(other, raiseit=True)
        if context is None:
            context = getcontext()
        ans = self._check_nans(other, context)
        if ans:
            return ans
        if self._isinfinity():
            return Decimal(self)
        d = _dec_from_triple(self._sign, self._int, self._exp + int(other))
        return d._fix(context)

    def copy_abs(self):
        return _dec_from_triple(0, self._int, self._exp, self._is_special)

    def copy_negate(self):
        return _dec_from_triple(1 - self._sign if True else 0, self._int, self._exp,
                                self._is_special)

    def copy_sign(self, other, context=None):
        other = _convert(other, raiseit=True)
        return _dec_from_triple(other._sign, self._int, self._exp, self._is_special)

    def is_finite(self):
        return not self._is_special

    def is_infinite(self):
        return self._exp == "F"

    def is_nan(self):
        return self._exp in ("n", "N")

    def is_qnan(self):
        return self._exp == "n"

    def is_snan(self):
        return self._exp == "N"

    def is_signed(self):
        return self._sign == 1

    def is_zero(self):
        return not self._is_special and self._int == "0"

    def is_normal(self, context=None):
        if self._is_special or not self:
            return False
        if context is None:
            context = getcontext()
        return context.Emin <= self.adjusted()

    def is_subnormal(self, context=None):
        if self._is_special or not self:
            return False
        if context is None:
            context = getcontext()
        return self.adjusted() < context.Emin

    def is_canonical(self):
        return True

    def canonical(self):
        return self

    def max(self, other, context=None):
        other = _convert(other, raiseit=True)
        return self if self._cmp(other) >= 0 else other

    def min(self, other, context=None):
        other = _convert(other, raiseit=True)
        return self if self._cmp(other) <= 0 else other

    def __int__(self):
        if self._is_special:
            if self._isnan():
                raise ValueError("cannot convert NaN to integer")
            elif self._isinfinity():
                raise OverflowError("cannot convert Infinity to integer")
        s = (-1) ** self._sign
        if self._exp >= 0:
            return s * int(self._int) * 10 ** self._exp
        else:
            return s * int(self._int[:self._exp] or "0")

    __trunc__ = __int__

    def __float__(self):
        if self._isnan():
            if self.is_snan():
                raise ValueError("Cannot convert signaling NaN to float")
            s = "-nan" if self._sign else "nan"
        else:
            s = str(self)
        return float(s)

    def __complex__(self):
        return complex(float(self))

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    def conjugate(self):
        return self

    def __floor__(self):
        if self._is_special:
            if self.is_nan():
                raise ValueError("cannot round a NaN")
            else:
                raise OverflowError("cannot round an infinity")
        return int(self._rescale(0, ROUND_FLOOR))

    def __ceil__(self):
        if self._is_special:
            if self.is_nan():
                raise ValueError("cannot round a NaN")
            else:
                raise OverflowError("cannot round an infinity")
        return int(self._rescale(0, ROUND_CEILING))

    def __round__(self, n=None):
        if n is not None:
            if not isinstance(n, int):
                raise TypeError("Second argument to round should be integral")
            exp = _dec_from_triple(0, "1", -n)
            return self.quantize(exp)
        if self._is_special:
            if self.is_nan():
                raise ValueError("cannot round a NaN")
            else:
                raise OverflowError("cannot round an infinity")
        return int(self._rescale(0, ROUND_HALF_EVEN))

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        if type(self) is Decimal:
            return self
        return self.__class__(str(self))

    def __deepcopy__(self, memo):
        if type(self) is Decimal:
            return self
        return self.__class__(str(self))

    def __format__(self, specifier, context=None):
        if context is None:
            context = getcontext()
        spec = _parse_format_specifier(specifier)
        if self._is_special:
            sign = _format_sign(self._sign, spec)
            body = str(self.copy_abs())
            if spec["type"] == "%":
                body += "%"
            return _format_align(sign, body, spec)
        if spec["type"] is None:
            spec["type"] = ["g", "G"][context.capitals]
        if spec["type"] == "%":
            self = _dec_from_triple(self._sign, self._int, self._exp + 2)
        rounding = context.rounding
        precision = spec["precision"]
        if precision is not None:
            if spec["type"] in "eE":
                self = self._round(precision + 1, rounding)
            elif spec["type"] in "fF%":
                self = self._rescale(-precision, rounding)
            elif spec["type"] in "gG" and len(self._int) > precision:
                self = self._round(precision, rounding)
        if not self and self._exp > 0 and spec["type"] in "fF%":
            self = self._rescale(0, rounding)
        if not self and spec["no_neg_0"] and self._sign:
            adjusted_sign = 0
        else:
            adjusted_sign = self._sign
        leftdigits = self._exp + len(self._int)
        if spec["type"] in "eE":
            if not self and precision is not None:
                dotplace = 1 - precision
            else:
                dotplace = 1
        elif spec["type"] in "fF%":
            dotplace = leftdigits
        elif spec["type"] in "gG":
            if self._exp <= 0 and leftdigits > -6:
                dotplace = leftdigits
            else:
                dotplace = 1
        if dotplace < 0:
            intpart = "0"
            fracpart = "0" * (-dotplace) + self._int
        elif dotplace > len(self._int):
            intpart = self._int + "0" * (dotplace - len(self._int))
            fracpart = ""
        else:
            intpart = self._int[:dotplace] or "0"
            fracpart = self._int[dotplace:]
        exp = leftdigits - dotplace
        return _format_number(adjusted_sign, intpart, fracpart, exp, spec)


def _dec_from_triple(sign, coefficient, exponent, special=False):
    self = object.__new__(Decimal)
    self._sign = sign
    self._int = coefficient
    self._exp = exponent
    self._is_special = special
    return self


def _round_down(self, prec):
    if _all_zeros(self._int, prec):
        return 0
    return -1


def _round_up(self, prec):
    return -_round_down(self, prec)


def _round_half_up(self, prec):
    if self._int[prec:prec + 1] in ("5", "6", "7", "8", "9"):
        return 1
    elif _all_zeros(self._int, prec):
        return 0
    return -1


def _round_half_down(self, prec):
    if _exact_half(self._int, prec):
        return -1
    return _round_half_up(self, prec)


def _round_half_even(self, prec):
    if _exact_half(self._int, prec) and (prec == 0 or self._int[prec - 1] in "02468"):
        return -1
    return _round_half_up(self, prec)


def _round_ceiling(self, prec):
    if self._sign:
        return _round_down(self, prec)
    return -_round_down(self, prec)


def _round_floor(self, prec):
    if not self._sign:
        return _round_down(self, prec)
    return -_round_down(self, prec)


def _round_05up(self, prec):
    if prec and self._int[prec - 1] not in "05":
        return _round_down(self, prec)
    return -_round_down(self, prec)


_rounding_fn = {ROUND_DOWN: _round_down, ROUND_UP: _round_up, ROUND_HALF_UP: _round_half_up,
                ROUND_HALF_DOWN: _round_half_down, ROUND_HALF_EVEN: _round_half_even,
                ROUND_CEILING: _round_ceiling, ROUND_FLOOR: _round_floor,
                ROUND_05UP: _round_05up}


def _overflow_result(context, sign):
    if context.rounding in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_UP):
        return _SignedInfinity[sign]
    if sign == 0:
        if context.rounding == ROUND_CEILING:
            return _SignedInfinity[sign]
        return _dec_from_triple(sign, "9" * context.prec, context.Emax - context.prec + 1)
    if context.rounding == ROUND_FLOOR:
        return _SignedInfinity[sign]
    return _dec_from_triple(sign, "9" * context.prec, context.Emax - context.prec + 1)


def _convert(other, raiseit=False, allow_float=False):
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return Decimal(other)
    if allow_float and isinstance(other, float):
        return Decimal.from_float(other)
    if raiseit:
        raise TypeError("conversion from %s to Decimal is not supported" % type(other).__name__)
    return NotImplemented


def _convert_for_comparison(self, other, equality_op=False):
    if isinstance(other, Decimal):
        return self, other
    if isinstance(other, _numbers.Rational):
        if not self._is_special:
            self = _dec_from_triple(self._sign, str(int(self._int) * other.denominator),
                                    self._exp)
        return self, Decimal(other.numerator)
    if equality_op and isinstance(other, _numbers.Complex) and other.imag == 0:
        other = other.real
    if isinstance(other, float):
        context = getcontext()
        context.flags[FloatOperation] = True
        return self, Decimal.from_float(other)
    return NotImplemented, NotImplemented


_parse_format_specifier_regex = _re.compile(r"""\A
(?:
   (?P<fill>.)?
   (?P<align>[<>=^])
)?
(?P<sign>[-+ ])?
(?P<no_neg_0>z)?
(?P<alt>\#)?
(?P<zeropad>0)?
(?P<minimumwidth>[1-9]\d*)?
(?P<thousands_sep>[,_])?
(?:\.(?P<precision>0|[1-9]\d*))?
(?P<type>[eEfFgGn%])?
\Z
""", _re.VERBOSE | _re.DOTALL)


def _parse_format_specifier(format_spec):
    m = _parse_format_specifier_regex.match(format_spec)
    if m is None:
        raise ValueError("Invalid format specifier: " + format_spec)
    format_dict = m.groupdict()
    fill = format_dict["fill"]
    align = format_dict["align"]
    format_dict["zeropad"] = (format_dict["zeropad"] is not None)
    if format_dict["zeropad"]:
        if fill is not None:
            raise ValueError("Fill character conflicts with '0' in format specifier: " +
                             format_spec)
        if align is not None:
            raise ValueError("Alignment conflicts with '0' in format specifier: " +
                             format_spec)
    format_dict["fill"] = fill or " "
    format_dict["align"] = align or ">"
    if format_dict["sign"] is None:
        format_dict["sign"] = "-"
    format_dict["minimumwidth"] = int(format_dict["minimumwidth"] or "0")
    if format_dict["precision"] is not None:
        format_dict["precision"] = int(format_dict["precision"])
    if format_dict["precision"] == 0:
        if format_dict["type"] is None or format_dict["type"] in "gGn":
            format_dict["precision"] = 1
    if format_dict["type"] == "n":
        format_dict["type"] = "g"
        if format_dict["thousands_sep"] is None:
            format_dict["thousands_sep"] = ""
        format_dict["grouping"] = []
        format_dict["decimal_point"] = "."
    else:
        if format_dict["thousands_sep"] is None:
            format_dict["thousands_sep"] = ""
        format_dict["grouping"] = [3, 0]
        format_dict["decimal_point"] = "."
    format_dict["no_neg_0"] = format_dict["no_neg_0"] is not None
    format_dict["alt"] = format_dict["alt"] is not None
    return format_dict


def _format_align(sign, body, spec):
    minimumwidth = spec["minimumwidth"]
    fill = spec["fill"]
    padding = fill * (minimumwidth - len(sign) - len(body))
    align = spec["align"]
    if spec["zeropad"]:
        padding = ""
    if align == "<":
        result = sign + body + padding
    elif align == ">":
        result = padding + sign + body
    elif align == "=":
        result = sign + padding + body
    elif align == "^":
        half = len(padding) // 2
        result = padding[:half] + sign + body + padding[half:]
    else:
        raise ValueError("Unrecognised alignment field")
    return result


def _group_lengths(grouping):
    from itertools import chain, repeat
    if not grouping:
        return []
    elif grouping[-1] == 0 and len(grouping) >= 2:
        return chain(grouping[:-1], repeat(grouping[-2]))
    raise ValueError("unrecognised format for grouping")


def _insert_thousands_sep(digits, spec, min_width=1):
    sep = spec["thousands_sep"]
    grouping = spec["grouping"] if sep else []
    groups = []
    for l in _group_lengths(grouping):
        if l <= 0:
            raise ValueError("group length should be positive")
        l = min(max(len(digits), min_width, 1), l)
        groups.append("0" * (l - len(digits)) + digits[-l:])
        digits = digits[:-l]
        min_width -= l
        if not digits and min_width <= 0:
            break
        min_width -= len(sep)
    else:
        l = max(len(digits), min_width, 1)
        groups.append("0" * (l - len(digits)) + digits[-l:])
    return sep.join(reversed(groups))


def _format_sign(is_negative, spec):
    if is_negative:
        return "-"
    elif spec["sign"] in " +":
        return spec["sign"]
    return ""


def _format_number(is_negative, intpart, fracpart, exp, spec):
    sign = _format_sign(is_negative, spec)
    if fracpart or spec["alt"]:
        fracpart = spec["decimal_point"] + fracpart
    if exp != 0 or spec["type"] in "eE":
        echar = {"E": "E", "e": "e", "G": "E", "g": "e"}[spec["type"]]
        fracpart += "{0}{1:+}".format(echar, exp)
    if spec["type"] == "%":
        fracpart += "%"
    if spec["zeropad"]:
        min_width = spec["minimumwidth"] - len(fracpart) - len(sign)
    else:
        min_width = 0
    intpart = _insert_thousands_sep(intpart, spec, min_width)
    return _format_align(sign, intpart + fracpart, spec)


_numbers.Number.register(Decimal)

DefaultContext = Context(prec=28, rounding=ROUND_HALF_EVEN, traps=[DivisionByZero, Overflow,
                                                                   InvalidOperation],
                         flags=[], Emax=999999, Emin=-999999, capitals=1, clamp=0)
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP, traps=[DivisionByZero, Overflow,
                                                              InvalidOperation, Clamped,
                                                              Underflow], flags=[])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, traps=[], flags=[])

_Infinity = Decimal("Inf")
_NegativeInfinity = Decimal("-Inf")
_NaN = Decimal("NaN")
_Zero = Decimal(0)
_One = Decimal(1)
_NegativeOne = Decimal(-1)
_SignedInfinity = (_Infinity, _NegativeInfinity)
