import sys
n = 10 ** 4300
print(len(str(n - 1)), len(hex(n)), sys.get_int_max_str_digits())
for f in [lambda: str(n), lambda: repr(n), lambda: f"{n}", lambda: f"{n:,}", lambda: "%d" % n, lambda: int("9" * 4301), lambda: int("9" * 4301, 16) > 0, lambda: format(n, "x")[:5], lambda: int("1" * 4301, 2) > 0]:
    try: print(str(f())[:20])
    except ValueError as e: print("VE", e)
sys.set_int_max_str_digits(5000)
print(len(str(n)), sys.get_int_max_str_digits())
try: sys.set_int_max_str_digits(100)
except ValueError as e: print(e)
sys.set_int_max_str_digits(0); print(len(str(10 ** 6000)))
print(sys.int_info.str_digits_check_threshold, sys.int_info.default_max_str_digits)
