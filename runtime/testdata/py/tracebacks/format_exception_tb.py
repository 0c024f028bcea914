# traceback.format_exception(type, value, tb) shows tb, which may differ from
# value.__traceback__ (unittest and logging pass a trimmed one).
import traceback


def inner():
    raise ValueError("deep")


def outer():
    inner()


try:
    outer()
except ValueError as e:
    tb = e.__traceback__
    print(len(traceback.extract_tb(tb)))
    trimmed = tb.tb_next.tb_next
    text = "".join(traceback.format_exception(type(e), e, trimmed))
    print(text.count("File"), "in inner" in text, "in outer" in text)
    print("".join(traceback.format_exception(type(e), e, None)), end="")
    print(len(traceback.extract_tb(e.__traceback__)))
    traceback.print_exception(type(e), e, trimmed)  # to stderr, where paths are normalised
