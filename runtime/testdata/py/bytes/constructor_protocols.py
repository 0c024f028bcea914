# bytes() asks __bytes__ before __index__; bytearray() uses __index__ or iteration, never __bytes__.


class Both:
    def __bytes__(self):
        return b"both"

    def __index__(self):
        return 2


class OnlyBytes:
    def __bytes__(self):
        return b"only"


class BadBytes:
    def __bytes__(self):
        return "str"


print(bytes(Both()), bytearray(Both()), bytes(OnlyBytes()))
for cls in (OnlyBytes, BadBytes):
    for make in (bytearray, bytes):
        try:
            print(make(cls()))
        except TypeError as e:
            print(make.__name__, e)
