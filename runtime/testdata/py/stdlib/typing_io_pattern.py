import typing, re
from typing import TextIO, BinaryIO, IO, Pattern, Match, Optional
def read_all(f: TextIO) -> str: return f.read()
print(typing.TextIO, typing.BinaryIO, typing.IO[str], typing.Pattern[str], typing.Match[bytes], Pattern, typing.T, typing.KT, typing.T_co)
print(read_all.__annotations__, typing.get_type_hints(read_all), typing.get_origin(typing.Pattern[str]), typing.get_args(typing.Match[str]))
print(issubclass(TextIO, IO), TextIO.__mro__[1:3] if False else "", Optional[TextIO])
