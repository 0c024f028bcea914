# argparse: parsing positional and optional arguments, actions, nargs, types and errors.
import argparse
import sys

parser = argparse.ArgumentParser(prog="tool", description="Process some integers.")
parser.add_argument("integers", metavar="N", type=int, nargs="+", help="an integer for the accumulator")
parser.add_argument("--sum", dest="accumulate", action="store_const", const=sum, default=max,
                    help="sum the integers (default: find the max)")
parser.add_argument("-v", "--verbose", action="count", default=0)
parser.add_argument("--name", default="world", choices=["world", "moon"])
parser.add_argument("--tag", action="append")
parser.add_argument("--flag", action=argparse.BooleanOptionalAction, default=True)
parser.add_argument("-x", type=float, nargs=2, metavar=("X", "Y"))
parser.add_argument("--opt", nargs="?", const="CONST", default="DEF")
parser.add_argument("--extend", action="extend", nargs="*", type=str)
parser.add_argument("-q", "--quiet", action="store_true")

for argv in [["1", "2", "3"], ["1", "2", "--sum"], ["-vvv", "5", "--name", "moon"],
             ["--tag", "a", "--tag=b", "7", "-v"], ["--no-flag", "3"], ["-x", "1.5", "2", "4"],
             ["--opt", "9"], ["9", "--opt"], ["--ext", "a", "b", "--extend", "c", "1"],
             ["-qv", "1"], ["--verb", "1"], ["--", "-5"], ["-v", "-5"]]:
    try:
        args = parser.parse_args(argv)
    except SystemExit as e:
        print(argv, "exit", e.code)
        continue
    print(argv, args.accumulate(args.integers), sorted(vars(args).items(), key=str))
print(parser.parse_args(["2"]))
ns, extras = parser.parse_known_args(["1", "--unknown", "x", "2"])
print(ns.integers, extras)
ns = argparse.Namespace(preset=1)
print(parser.parse_args(["4"], namespace=ns).preset, "integers" in ns, ns == argparse.Namespace(**vars(ns)))

for argv in [[], ["x"], ["1", "--name", "mars"], ["1", "--bogus"], ["1", "-x", "1"], ["--opt"],
             ["1", "--quiet=yes"], ["1", "--n", "moon"], ["--opt", "--", "9"], ["1", "--", "--"], ["-h"]]:
    try:
        parser.parse_args(argv)
    except SystemExit as e:
        print(argv, "exit", e.code)

p = argparse.ArgumentParser(prog="p", exit_on_error=False)
p.add_argument("n", type=int)
try:
    p.parse_args(["z"])
except argparse.ArgumentError as e:
    print("ArgumentError:", e, e.argument_name)


def even(text):
    n = int(text)
    if n % 2:
        raise argparse.ArgumentTypeError(f"{n} is not even")
    return n


p = argparse.ArgumentParser(prog="p")
p.add_argument("n", type=even)
p.add_argument("rest", nargs=argparse.REMAINDER)
print(p.parse_args(["4", "--x", "y"]))
try:
    p.parse_args(["3"])
except SystemExit as e:
    print("exit", e.code)
p.set_defaults(extra=42)
print(p.parse_args(["2"]).extra, p.get_default("extra"))

group = argparse.ArgumentParser(prog="g")
mx = group.add_mutually_exclusive_group(required=True)
mx.add_argument("--fast", action="store_true")
mx.add_argument("--slow", action="store_true")
print(group.parse_args(["--fast"]))
for argv in [["--fast", "--slow"], []]:
    try:
        group.parse_args(argv)
    except SystemExit as e:
        print("exit", e.code)

sub = argparse.ArgumentParser(prog="git")
subs = sub.add_subparsers(dest="command", required=True)
c = subs.add_parser("commit", help="record changes")
c.add_argument("-m", "--message", required=True)
pu = subs.add_parser("push", aliases=["p"], help="send changes")
pu.add_argument("remote", nargs="?", default="origin")
print(sub.parse_args(["commit", "-m", "msg"]), sub.parse_args(["p"]), sub.parse_args(["push", "up"]))
for argv in [["commit"], ["pull"], []]:
    try:
        sub.parse_args(argv)
    except SystemExit as e:
        print("exit", e.code)
for bad in [lambda: parser.add_argument("--sum"), lambda: parser.add_argument("pos", required=True),
            lambda: parser.add_argument("bad", nargs=0), lambda: parser.add_argument("x", dest="y")]:
    try:
        bad()
    except (argparse.ArgumentError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(repr(parser)[:60])
print(argparse.ArgumentParser().prog, argparse.ArgumentParser().format_usage(), end="")
