# Arbitrary-precision integers and the int64 boundary.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

big = 2**64
print(big, -big, big * big, big // 3, big % 7, -big // 3, -big % 7, big - 1, big + 1)
edge = 2**63 - 1
print(edge + 1, edge * 2, -edge - 2, -(-2**63), abs(-2**63), (-2**63) // -1, (-2**63) % -1)
print(2**100 >> 90, 1 << 100, -1 << 70, -(2**70) >> 3, (2**70) & (2**69 + 5), (2**70) | 1, (2**70) ^ (2**70 - 1), ~(2**70))
print(pow(3, 200, 10**9 + 7), pow(2, -1, 5), pow(-3, 3, 7), pow(3, 3, -7))
show(lambda: pow(2, -1, 4))
show(lambda: pow(2, 3, 0))
show(lambda: pow(2.0, 3, 5))
show(lambda: 1 << -1)
show(lambda: 1 >> -1)
print(10**50 // 10**25, divmod(10**40 + 3, 10**20), divmod(-(10**40) - 3, 10**20), 10**30 / 10**10)
print(3**100 == 3**100, 3**100 > 3**99, -(3**100) < 0, 2**64 == 2.0**64, 2**64 + 1 > 2.0**64, hash(2**64))
print(str(7**80), len(str(7**80)), int(str(7**80)) == 7**80)
print(sum(range(10**6)), 12345678901234567890 * 98765432109876543210)
show(lambda: str(10**5000))
show(lambda: int('1' * 5000))
print(len(str(10**4299)))
print(bool(2**100), bool(-(2**100)), 2**100 and 'yes', int(2**100 * 1.0) == 2**100)
print(f"{2**70:,}", f"{2**70:x}", f"{-2**70:e}", hex(2**70), oct(2**70), bin(2**20))
