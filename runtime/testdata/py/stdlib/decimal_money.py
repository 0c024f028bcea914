from decimal import Decimal, getcontext, localcontext, ROUND_HALF_UP, ROUND_DOWN, ROUND_CEILING, InvalidOperation, DivisionByZero
import decimal
print(Decimal("0.1") + Decimal("0.2"), Decimal(0.1), Decimal("1.10") * 3, Decimal(10) / Decimal(3), Decimal(1) / Decimal(7))
print(repr(Decimal("3.14")), Decimal("-0"), Decimal("1E+3"), Decimal("1e-7"), Decimal("123.4500"), Decimal("  42  "), Decimal("1_000.5"))
print(Decimal("19.99").quantize(Decimal("0.1")), Decimal("2.675").quantize(Decimal("0.01"), rounding=ROUND_HALF_UP), Decimal("7.5").quantize(Decimal("1")), Decimal("-2.5").to_integral_value())
price = Decimal("19.99"); qty = 3; tax = Decimal("0.0825")
subtotal = price * qty
total = (subtotal * (1 + tax)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
print(subtotal, total, f"{total:,.2f}", f"{Decimal('1234567.891'):>15,.2f}", f"{Decimal('0.5'):%}", f"{Decimal('12.5'):.1e}", f"{Decimal('3'):08.3f}")
print(Decimal(2).sqrt(), Decimal(16).sqrt(), Decimal("0.25").sqrt(), Decimal(2) ** 10, Decimal("1.1") ** 3, Decimal(2) ** -2, Decimal("1.5") ** -1)
print(Decimal(7) // Decimal(2), Decimal(-7) // Decimal(2), Decimal(7) % Decimal(-2), divmod(Decimal("7.5"), 2), -Decimal("5"), abs(Decimal("-3.30")), +Decimal("1.000"))
print(Decimal("1.0") == Decimal("1.00"), Decimal("0.1") == 0.1, Decimal(1) == 1, Decimal("2.5") < 3, Decimal("2.5") > 2.4, hash(Decimal("1.0")) == hash(1), hash(Decimal("0.5")) == hash(0.5))
print(sorted([Decimal("1.5"), Decimal("-2"), Decimal("0.33")]), max(Decimal(1), Decimal("1.01")), sum([Decimal("0.1")] * 10), round(Decimal("2.5")), round(Decimal("3.14159"), 2))
print(int(Decimal("-7.9")), float(Decimal("0.1")), Decimal("1.2300").normalize(), Decimal("100").normalize(), Decimal("3.14").as_tuple(), Decimal("0.375").as_integer_ratio())
print(Decimal("1.23E+5"), Decimal("1.23E+5").to_eng_string(), Decimal(12345678901234567890123456789012), Decimal("12345678901234567890123456789012") + 0, Decimal("1e30") + 1)
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / Decimal(3), Decimal("123456789") * 1)
    ctx.rounding = ROUND_DOWN
    print(Decimal(2) / Decimal(3))
getcontext().prec = 50
print(Decimal(1) / Decimal(7))
getcontext().prec = 28
print(getcontext())
for bad in [lambda: Decimal("abc"), lambda: Decimal(1) / 0, lambda: Decimal(0) / 0, lambda: Decimal("1e5").quantize(Decimal("1e-30")), lambda: Decimal(-1).sqrt(), lambda: int(Decimal("NaN"))]:
    try:
        print(bad())
    except (InvalidOperation, DivisionByZero, TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(Decimal("Infinity"), Decimal("-inf") < 0, Decimal("NaN").is_nan(), Decimal("inf") + 1, Decimal("1E+2").quantize(Decimal(1)), Decimal((0, (1, 4), -1)), Decimal.from_float(0.25))
print(Decimal("5.0") / Decimal("2"), Decimal("1.0") / Decimal("0.1"), Decimal("10") / Decimal("4"), Decimal("0") / Decimal("5"), Decimal("-0.0") + Decimal("0"), Decimal("100") * Decimal("0.10"))
print(f"{Decimal('1234.5'):}", f"{Decimal('-1234.5'):+,}", f"{Decimal('0.000001234'):g}", f"{Decimal('1e10'):f}", format(Decimal("2.50"), "^10"), format(Decimal("-0.0001"), ".2f"))
